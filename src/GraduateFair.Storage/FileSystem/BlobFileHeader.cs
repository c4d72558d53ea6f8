using System.Buffers.Binary;
using System.Text;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The header at the start of every blob file: what the blob is, before its content.
/// </summary>
/// <remarks>
/// Layout (little-endian): "GFBF" magic, format version (1 byte), kind (1 byte), header length
/// (2 bytes, the whole header including its checksum), tag length (1 byte) and tag (ASCII),
/// content-type length (1 byte) and content type (ASCII), CRC-32C of all the bytes before it
/// (4 bytes). A block blob's content follows as is; an append blob's follows as frames
/// (see <see cref="AppendFrames"/>). The tag is the ETag of a block blob and the generation of an
/// append blob, whose ETag also carries its length.
/// </remarks>
internal sealed record BlobFileHeader(BlobKind Kind, string Tag, string ContentType)
{
    public const int MaxLength = FixedLength + byte.MaxValue + byte.MaxValue;

    private const byte FormatVersion = 1;
    private const int FixedLength = 4 + 1 + 1 + 2 + 1 + 1 + 4;
    private static ReadOnlySpan<byte> Magic => "GFBF"u8;

    public int Length => FixedLength + Tag.Length + ContentType.Length;

    public int Write(Span<byte> destination)
    {
        var length = Length;
        Magic.CopyTo(destination);
        destination[4] = FormatVersion;
        destination[5] = (byte)Kind;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[6..], (ushort)length);
        var offset = 8;
        destination[offset++] = (byte)Tag.Length;
        offset += Encoding.ASCII.GetBytes(Tag, destination[offset..]);
        destination[offset++] = (byte)ContentType.Length;
        offset += Encoding.ASCII.GetBytes(ContentType, destination[offset..]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[offset..], Crc32C.Compute(destination[..offset]));
        return length;
    }

    /// <summary>
    /// Reads a header from the first bytes of a file. Returns null when the file is shorter than
    /// its header: an interrupted creation, which never held a blob. Throws
    /// <see cref="InvalidDataException"/> for anything else that is not a valid header.
    /// </summary>
    /// <param name="start">The file's first bytes (up to <see cref="MaxLength"/>).</param>
    /// <param name="fileLength">The whole file's length.</param>
    public static BlobFileHeader? TryRead(ReadOnlySpan<byte> start, long fileLength, string path)
    {
        if (start.Length < 8)
        {
            return null;
        }

        if (!start[..4].SequenceEqual(Magic) || start[4] != FormatVersion || start[5] > (byte)BlobKind.Append)
        {
            throw new InvalidDataException($"'{path}' is not a blob file of format version {FormatVersion}.");
        }

        int length = BinaryPrimitives.ReadUInt16LittleEndian(start[6..]);
        if (length < FixedLength || length > MaxLength)
        {
            throw new InvalidDataException($"'{path}' has a header length of {length}.");
        }

        if (fileLength < length || start.Length < length)
        {
            return null;
        }

        var header = start[..length];
        if (BinaryPrimitives.ReadUInt32LittleEndian(header[^4..]) != Crc32C.Compute(header[..^4]))
        {
            throw new InvalidDataException($"'{path}' has a header that fails its checksum.");
        }

        var offset = 8;
        int tagLength = header[offset++];
        if (offset + tagLength + 1 > length - 4)
        {
            throw new InvalidDataException($"'{path}' has a malformed header.");
        }

        var tag = Encoding.ASCII.GetString(header.Slice(offset, tagLength));
        offset += tagLength;
        int contentTypeLength = header[offset++];
        if (offset + contentTypeLength != length - 4)
        {
            throw new InvalidDataException($"'{path}' has a malformed header.");
        }

        var contentType = Encoding.ASCII.GetString(header.Slice(offset, contentTypeLength));
        return new BlobFileHeader((BlobKind)start[5], tag, contentType);
    }
}
