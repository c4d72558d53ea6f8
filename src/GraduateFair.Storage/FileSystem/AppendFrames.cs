using System.Buffers;
using System.Buffers.Binary;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The frames an append blob's content is stored as: data length (4 bytes, little-endian),
/// CRC-32C of the length bytes and the data (4 bytes), then the data. A frame that is cut short or
/// fails its checksum marks the torn end of an interrupted append: it and anything after it are
/// not part of the blob.
/// </summary>
internal static class AppendFrames
{
    public const int Overhead = 8;

    /// <summary>Writes one frame holding <paramref name="data"/>; returns its length.</summary>
    public static int Write(Span<byte> destination, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)data.Length);
        var crc = Crc32C.Append(Crc32C.Compute(destination[..4]), data);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], crc);
        data.CopyTo(destination[Overhead..]);
        return Overhead + data.Length;
    }

    /// <summary>
    /// Reads frames from <paramref name="stream"/> (positioned at <paramref name="start"/>) up to
    /// <paramref name="end"/>, stopping at the first frame that is not whole and intact.
    /// </summary>
    /// <param name="output">Receives the frames' data back to back, or null to only measure.</param>
    /// <returns>The file offset after the last good frame and the total data length of the good frames.</returns>
    public static (long ValidEnd, long DataLength) Scan(Stream stream, long start, long end, byte[]? output)
    {
        Span<byte> header = stackalloc byte[Overhead];
        var scratch = output is null ? ArrayPool<byte>.Shared.Rent(64 * 1024) : null;
        try
        {
            var offset = start;
            long dataLength = 0;
            while (end - offset >= Overhead)
            {
                stream.ReadExactly(header);
                var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
                var expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
                if (length == 0 || length > end - offset - Overhead)
                {
                    break;
                }

                var crc = Crc32C.Compute(header[..4]);
                if (output is not null)
                {
                    if (dataLength + length > output.Length)
                    {
                        break;
                    }

                    var target = output.AsSpan((int)dataLength, (int)length);
                    stream.ReadExactly(target);
                    crc = Crc32C.Append(crc, target);
                }
                else
                {
                    var buffer = scratch!;
                    for (var remaining = length; remaining > 0;)
                    {
                        var chunk = buffer.AsSpan(0, (int)Math.Min(remaining, (uint)buffer.Length));
                        stream.ReadExactly(chunk);
                        crc = Crc32C.Append(crc, chunk);
                        remaining -= (uint)chunk.Length;
                    }
                }

                if (crc != expectedCrc)
                {
                    break;
                }

                offset += Overhead + length;
                dataLength += length;
            }

            return (offset, dataLength);
        }
        finally
        {
            if (scratch is not null)
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }
        }
    }
}
