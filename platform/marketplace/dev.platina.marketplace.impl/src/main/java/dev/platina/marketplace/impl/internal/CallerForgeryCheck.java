package dev.platina.marketplace.impl.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds code that mints its own {@code Caller}: a skill must act through the caller the platform hands it (narrowed
 * to what its organisation granted), so a class that calls {@code new Caller(...)} or {@code Caller.system(...)} is
 * refused at install. Reads the class file's constant pool; no class is loaded.
 */
final class CallerForgeryCheck {

    private static final String CALLER = "dev/platina/identity/api/Caller";

    private CallerForgeryCheck() {
    }

    /** The forbidden member the class refers to, if any. */
    static Optional<String> forgedCallerIn(byte[] classFile) throws IOException {
        var in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[][] memberRefs = new int[count][];
        int[] nameAndTypeName = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 9, 10, 11 -> memberRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> {
                    nameAndTypeName[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int i = 1; i < count; i++) {
            if (memberRefs[i] == null) {
                continue;
            }
            String owner = utf8[classNameIndex[memberRefs[i][0]]];
            String member = utf8[nameAndTypeName[memberRefs[i][1]]];
            if (CALLER.equals(owner) && ("<init>".equals(member) || "system".equals(member))) {
                return Optional.of("Caller." + member);
            }
        }
        return Optional.empty();
    }
}
