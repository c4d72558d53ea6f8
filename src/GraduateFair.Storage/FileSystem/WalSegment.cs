using Microsoft.Win32.SafeHandles;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The write-ahead log segment being written: batches of records go to its end in one write
/// and are flushed with one fdatasync. Only the committer thread uses it.
/// </summary>
internal sealed class WalSegment : IDisposable
{
    /// <summary>Data at least this long is written from the caller's buffer instead of being copied into the batch.</summary>
    private const int CopyLimit = 16 * 1024;

    /// <summary>A larger batch buffer is let go after use rather than kept for the next batch.</summary>
    private const int KeptBufferLimit = 1024 * 1024;

    private readonly SafeFileHandle _handle;
    private readonly List<ReadOnlyMemory<byte>> _pieces = [];
    private byte[] _buffer = new byte[64 * 1024];

    private WalSegment(SafeFileHandle handle, long sequence, string path)
    {
        _handle = handle;
        Sequence = sequence;
        Path = path;
        Length = WalSegmentHeader.Length;
    }

    public long Sequence { get; }

    public string Path { get; }

    /// <summary>The file's length: where the next batch goes.</summary>
    public long Length { get; private set; }

    public bool HasRecords => Length > WalSegmentHeader.Length;

    /// <summary>Creates segment <paramref name="sequence"/> in <paramref name="folder"/> and flushes the folder, so the file survives a crash.</summary>
    public static WalSegment Create(string folder, long sequence)
    {
        var path = System.IO.Path.Combine(folder, WalSegmentHeader.FileNameOf(sequence));
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        try
        {
            // The header reaches the disk with the first batch's fdatasync; until then the segment holds nothing acknowledged.
            Span<byte> header = stackalloc byte[WalSegmentHeader.Length];
            WalSegmentHeader.Write(header, sequence);
            RandomAccess.Write(handle, header, 0);
            DiskSync.Directory(folder);
            return new WalSegment(handle, sequence, path);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Writes the records of <paramref name="batch"/> at the end of the segment in one (gathering) write.</summary>
    public void Write(IReadOnlyList<WalMutation> batch)
    {
        long copied = 0;
        long total = 0;
        foreach (var mutation in batch)
        {
            copied += mutation.Head.Length + (mutation.Data.Length < CopyLimit ? mutation.Data.Length : 0);
            total += mutation.RecordLength;
        }

        if (_buffer.Length < copied)
        {
            _buffer = new byte[Math.Max(copied, _buffer.Length * 2L)];
        }

        _pieces.Clear();
        var used = 0;
        var pieceStart = 0;
        foreach (var mutation in batch)
        {
            mutation.Head.CopyTo(_buffer, used);
            used += mutation.Head.Length;
            if (mutation.Data.Length < CopyLimit)
            {
                mutation.Data.Span.CopyTo(_buffer.AsSpan(used));
                used += mutation.Data.Length;
            }
            else
            {
                _pieces.Add(_buffer.AsMemory(pieceStart, used - pieceStart));
                _pieces.Add(mutation.Data);
                pieceStart = used;
            }
        }

        if (used > pieceStart)
        {
            _pieces.Add(_buffer.AsMemory(pieceStart, used - pieceStart));
        }

        if (_pieces.Count == 1)
        {
            RandomAccess.Write(_handle, _pieces[0].Span, Length);
        }
        else
        {
            RandomAccess.Write(_handle, _pieces, Length);
        }

        Length += total;
        _pieces.Clear();
        if (_buffer.Length > KeptBufferLimit)
        {
            _buffer = new byte[64 * 1024];
        }
    }

    /// <summary>Flushes what was written (fdatasync).</summary>
    public void Sync() => DiskSync.File(_handle);

    public void Dispose() => _handle.Dispose();
}
