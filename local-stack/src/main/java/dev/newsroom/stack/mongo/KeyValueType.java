package dev.newsroom.stack.mongo;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the keys of a unique index are stored and ordered in H2.
 * <p>
 * The stock backend leaves index keys to H2's generic {@link ObjectDataType}, which orders two keys by
 * Java-serialising both at every comparison: each lookup in a B-tree of 100,000 ids serialises some
 * thirty objects. Here a key made of one string (every {@code _id} Newsroom writes) is compared and
 * written as a string. Any other key keeps the generic serialised form and order, after all string keys.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private static final byte ONE_STRING = 1;
    private static final byte SERIALIZED = 2;

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        String x = oneString(a);
        String y = oneString(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }

    @Override
    public int getMemory(KeyValue key) {
        String value = oneString(key);
        return value != null ? 48 + 2 * value.length() : 256;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        String value = oneString(key);
        if (value != null) {
            buffer.put(ONE_STRING).putVarInt(value.length()).putStringData(value, value.length());
        } else {
            byte[] bytes = ObjectDataType.serialize(key);
            buffer.put(SERIALIZED).putVarInt(bytes.length).put(bytes);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case ONE_STRING -> new KeyValue(DataUtils.readString(buffer));
            case SERIALIZED -> {
                byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(bytes);
                yield (KeyValue) ObjectDataType.deserialize(bytes);
            }
            default -> throw new IllegalStateException("unknown index key tag " + tag + ": the H2 file is damaged or newer");
        };
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    private static String oneString(KeyValue key) {
        return key.size() == 1 && key.get(0) instanceof String value ? value : null;
    }
}
