package kr.seoul.smartcity.archive.domain;

import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * An archive file's bytes as a stream that reads one part at a time ({@link #PART} bytes) from the database when it
 * is needed. {@link #skip} only moves ahead, so a range request starts reading where the range starts.
 */
final class FileParts extends InputStream {

    static final int PART = 256 * 1024;

    private final long size;
    private final LongFunction<byte[]> partAt;
    private long position;
    private byte[] part = new byte[0];
    private int inPart;

    /** @param partAt the bytes from an offset, at most {@link #PART} of them */
    FileParts(long size, LongFunction<byte[]> partAt) {
        this.size = size;
        this.partAt = partAt;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (inPart >= part.length) {
            if (position >= size) {
                return -1;
            }
            part = partAt.apply(position);
            inPart = 0;
            if (part.length == 0) {
                return -1;
            }
        }
        int count = Math.min(length, part.length - inPart);
        System.arraycopy(part, inPart, buffer, offset, count);
        inPart += count;
        position += count;
        return count;
    }

    @Override
    public long skip(long n) {
        if (n <= 0) {
            return 0;
        }
        long skipped = Math.min(n, size - position);
        long leftInPart = part.length - inPart;
        if (skipped <= leftInPart) {
            inPart += (int) skipped;
        } else {
            part = new byte[0];
            inPart = 0;
        }
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return part.length - inPart;
    }
}
