package dev.newsroom.stack.mongo;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How documents are stored in H2: as BSON, the form they arrive in over the wire. The stock backend leaves them to
 * H2's generic {@link ObjectDataType}, which Java-serialises every document of a page each time the page is written.
 * Documents written that way by the stock backend are still read: they start with one of H2's own type tags, never
 * with {@link #BSON}.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private static final byte BSON = (byte) 0xB5;

    private final ObjectDataType javaSerialized = new ObjectDataType();
    private volatile int averageSize = 1024;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        // a document on the heap (nested LinkedHashMaps, boxed values) takes some eight times its BSON size;
        // measuring each one would cost an encoding
        return 8 * averageSize;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(averageSize + 64);
        BsonEncoder.encodeDocument(document, bson);
        int length = bson.readableBytes();
        averageSize = (averageSize * 15 + length) / 16;
        buffer.put(BSON).putVarInt(length).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) javaSerialized.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
