package dev.newsroom.extractor;
public class ExtractorSettings { public static ExtractorSettings defaults() { return null; } }
