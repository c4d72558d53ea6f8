using System.Buffers.Binary;
using System.Text;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// How a mutation is written to the write-ahead log: payload length (4 bytes, little-endian),
/// CRC-32C of the length bytes and the payload (4 bytes), then the payload.
/// </summary>
/// <remarks>
/// Payload: kind (1 byte), name length (2 bytes) and name (ASCII); then for a put the ETag
/// (length byte, ASCII), the content type (length byte, ASCII) and the content; for an append
/// the blob's generation tag (length byte, ASCII), the logical offset (8 bytes) and the data;
/// nothing more for a delete. The content or data runs to the end of the payload.
/// </remarks>
internal static class WalRecords
{
    public const int FrameOverhead = 8;

    /// <summary>The largest payload a record may have (a put's content up to the largest array, with room for the rest).</summary>
    public const int MaxPayloadLength = int.MaxValue - 4096;

    /// <summary>
    /// Encodes a record's frame header and payload up to (not including) <paramref name="data"/>,
    /// with the checksum already covering <paramref name="data"/>: written back to back, the two
    /// make the whole record.
    /// </summary>
    public static byte[] EncodeHead(WalRecordKind kind, string name, string? tag, string? contentType, long offset, ReadOnlySpan<byte> data)
    {
        var headLength = FrameOverhead + 1 + 2 + name.Length + kind switch
        {
            WalRecordKind.Put => 1 + tag!.Length + 1 + contentType!.Length,
            WalRecordKind.Append => 1 + tag!.Length + 8,
            _ => 0,
        };
        var payloadLength = (long)headLength - FrameOverhead + data.Length;
        if (payloadLength > MaxPayloadLength)
        {
            throw new NotSupportedException($"A blob of {data.Length} bytes is too large for one write-ahead log record.");
        }

        var head = new byte[headLength];
        BinaryPrimitives.WriteUInt32LittleEndian(head, (uint)payloadLength);
        var position = FrameOverhead;
        head[position++] = (byte)kind;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(position), (ushort)name.Length);
        position += 2;
        position += Encoding.ASCII.GetBytes(name, head.AsSpan(position));
        if (kind is WalRecordKind.Put or WalRecordKind.Append)
        {
            head[position++] = (byte)tag!.Length;
            position += Encoding.ASCII.GetBytes(tag, head.AsSpan(position));
        }

        if (kind == WalRecordKind.Put)
        {
            head[position++] = (byte)contentType!.Length;
            position += Encoding.ASCII.GetBytes(contentType, head.AsSpan(position));
        }
        else if (kind == WalRecordKind.Append)
        {
            BinaryPrimitives.WriteInt64LittleEndian(head.AsSpan(position), offset);
            position += 8;
        }

        var crc = Crc32C.Append(Crc32C.Append(Crc32C.Compute(head.AsSpan(0, 4)), head.AsSpan(FrameOverhead, position - FrameOverhead)), data);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(4), crc);
        return head;
    }

    /// <summary>Decodes a payload whose checksum held; throws <see cref="InvalidDataException"/> when it is not a well-formed record.</summary>
    public static WalRecord Decode(byte[] payload)
    {
        var span = payload.AsSpan();
        var position = 0;
        var kind = (WalRecordKind)Take(span, ref position, 1)[0];
        int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(Take(span, ref position, 2));
        var name = Encoding.ASCII.GetString(Take(span, ref position, nameLength));
        if (!BlobArguments.IsValidName(name))
        {
            throw new InvalidDataException("A write-ahead log record holds an invalid blob name.");
        }

        switch (kind)
        {
            case WalRecordKind.Put:
            {
                var tag = TakeShortString(span, ref position);
                var contentType = TakeShortString(span, ref position);
                return new WalRecord(kind, name, tag, contentType, 0, span[position..].ToArray());
            }

            case WalRecordKind.Append:
            {
                var tag = TakeShortString(span, ref position);
                var offset = BinaryPrimitives.ReadInt64LittleEndian(Take(span, ref position, 8));
                var data = span[position..].ToArray();
                if (offset < 0 || data.Length == 0)
                {
                    throw new InvalidDataException("A write-ahead log append record has a negative offset or no data.");
                }

                return new WalRecord(kind, name, tag, null, offset, data);
            }

            case WalRecordKind.Delete when position == span.Length:
                return new WalRecord(kind, name, null, null, 0, []);

            default:
                throw new InvalidDataException($"A write-ahead log record has the unknown kind {(byte)kind} or trailing bytes.");
        }
    }

    /// <summary>Whether a frame's checksum (as stored) matches its length bytes and payload.</summary>
    public static bool ChecksumHolds(ReadOnlySpan<byte> lengthBytes, uint storedCrc, ReadOnlySpan<byte> payload) =>
        Crc32C.Append(Crc32C.Compute(lengthBytes), payload) == storedCrc;

    private static string TakeShortString(ReadOnlySpan<byte> span, ref int position)
    {
        int length = Take(span, ref position, 1)[0];
        return Encoding.ASCII.GetString(Take(span, ref position, length));
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> span, ref int position, int count)
    {
        if (span.Length - position < count)
        {
            throw new InvalidDataException("A write-ahead log record is shorter than its fields.");
        }

        var taken = span.Slice(position, count);
        position += count;
        return taken;
    }
}
