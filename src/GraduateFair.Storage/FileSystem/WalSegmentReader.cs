using System.Buffers.Binary;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Reads a write-ahead log segment's records in order, up to the first one that is not whole and
/// intact: the torn end of a batch the crash interrupted, which was never acknowledged.
/// </summary>
internal sealed class WalSegmentReader : IDisposable
{
    private readonly FileStream _file;
    private readonly long _fileLength;
    private long _position;
    private bool _ended;

    public WalSegmentReader(string path, long sequence)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        try
        {
            _fileLength = _file.Length;
            Span<byte> header = stackalloc byte[WalSegmentHeader.Length];
            var read = _file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (WalSegmentHeader.Validate(header[..read], sequence, path))
            {
                _position = WalSegmentHeader.Length;
            }
            else
            {
                _ended = true;
            }
        }
        catch
        {
            _file.Dispose();
            throw;
        }
    }

    /// <summary>The bytes after the last intact record (a torn batch), known once <see cref="Next"/> returned null.</summary>
    public long IgnoredBytes => _ended ? _fileLength - _position : 0;

    /// <summary>The next intact record, or null at the end of the intact records.</summary>
    /// <exception cref="InvalidDataException">A record whose checksum holds is not well-formed (damage, not a torn write).</exception>
    public WalRecord? Next()
    {
        if (_ended)
        {
            return null;
        }

        Span<byte> frame = stackalloc byte[WalRecords.FrameOverhead];
        var remaining = _fileLength - _position;
        if (remaining < frame.Length)
        {
            return End();
        }

        _file.ReadExactly(frame);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(frame);
        if (length == 0 || length > WalRecords.MaxPayloadLength || length > remaining - frame.Length)
        {
            return End();
        }

        var payload = GC.AllocateUninitializedArray<byte>((int)length);
        _file.ReadExactly(payload);
        if (!WalRecords.ChecksumHolds(frame[..4], BinaryPrimitives.ReadUInt32LittleEndian(frame[4..]), payload))
        {
            return End();
        }

        _position += frame.Length + length;
        return WalRecords.Decode(payload);
    }

    public void Dispose() => _file.Dispose();

    private WalRecord? End()
    {
        _ended = true;
        return null;
    }
}
