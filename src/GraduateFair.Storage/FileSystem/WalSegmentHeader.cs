using System.Buffers.Binary;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The start of every write-ahead log segment: "GFWL", format version (1 byte), three zero bytes,
/// the segment's sequence number (8 bytes, little-endian) and a CRC-32C of the bytes before it.
/// Records follow (see <see cref="WalRecords"/>).
/// </summary>
internal static class WalSegmentHeader
{
    public const int Length = 4 + 1 + 3 + 8 + 4;
    public const string FileExtension = ".wal";

    private const byte FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "GFWL"u8;

    /// <summary>A segment's file name: its sequence number, zero-padded so that names sort in order.</summary>
    public static string FileNameOf(long sequence) => sequence.ToString("D16", System.Globalization.CultureInfo.InvariantCulture) + FileExtension;

    /// <summary>The sequence number a segment file name stands for, or null for any other file.</summary>
    public static long? SequenceOfFile(string fileName) =>
        fileName.Length == 16 + FileExtension.Length && fileName.EndsWith(FileExtension, StringComparison.Ordinal)
            && long.TryParse(fileName.AsSpan(0, 16), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    public static void Write(Span<byte> destination, long sequence)
    {
        Magic.CopyTo(destination);
        destination[4] = FormatVersion;
        destination[5..8].Clear();
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[16..], Crc32C.Compute(destination[..16]));
    }

    /// <summary>
    /// Checks a segment's first bytes. False when the header never reached the disk (the file is
    /// shorter than a header, or the header is zeros): a segment created just before a crash, whose
    /// records were never acknowledged. Throws <see cref="InvalidDataException"/> for anything else
    /// that is not the header of segment <paramref name="sequence"/>.
    /// </summary>
    public static bool Validate(ReadOnlySpan<byte> start, long sequence, string path)
    {
        if (start.Length < Length || !start[..Length].ContainsAnyExcept((byte)0))
        {
            return false;
        }

        if (!start[..4].SequenceEqual(Magic) || start[4] != FormatVersion
            || BinaryPrimitives.ReadUInt32LittleEndian(start[16..]) != Crc32C.Compute(start[..16]))
        {
            throw new InvalidDataException($"'{path}' is not a write-ahead log segment of format version {FormatVersion}.");
        }

        if (BinaryPrimitives.ReadInt64LittleEndian(start[8..]) != sequence)
        {
            throw new InvalidDataException($"'{path}' holds the segment {BinaryPrimitives.ReadInt64LittleEndian(start[8..])}, not {sequence}.");
        }

        return true;
    }
}
