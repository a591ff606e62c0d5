package dev.newsroom.extractor;
public class Extractor { public static Extractor create(ExtractorSettings s) { return null; } public java.util.List<dev.newsroom.extractor.model.ExtractedStatement> extract(dev.newsroom.extractor.model.ArticleText t) { return null; } }
