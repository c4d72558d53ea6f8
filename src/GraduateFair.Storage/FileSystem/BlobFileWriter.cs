using System.Buffers;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Applies mutations to blob files without flushing them: the write-ahead log already holds
/// them durably, and a checkpoint flushes the files before the log lets them go. Used by one
/// thread at a time (the committer, or recovery before it starts).
/// </summary>
/// <remarks>
/// <para>A put (and an append blob's creation) overwrites the blob file in place and cuts it to its
/// new length; an append writes its frame at the blob's intact end. Both go through handles kept
/// open (<see cref="BlobFileHandles"/>), so most mutations are one or two system calls.</para>
/// <para>Readers never see half a file: they take the name's lock, which the writer's caller holds
/// until the mutation is applied. A crash may leave half a file; replaying the log, which holds
/// the whole content of every put since the last checkpoint, rewrites it. (Writing a temporary
/// file and renaming it over the blob file would avoid that, but ext4 starts writing back the
/// new file on every such rename, which cost several times the CPU of the write itself.)</para>
/// </remarks>
internal sealed class BlobFileWriter(string blobsRoot, bool trackTouched) : IDisposable
{
    private readonly HashSet<string> _knownFolders = new(StringComparer.Ordinal);
    private readonly BlobFileHandles _handles = new();
    private TouchedPaths _touched = trackTouched ? new() : TouchedPaths.None;

    public void Apply(WalMutation mutation)
    {
        switch (mutation.Kind)
        {
            case WalRecordKind.Put:
                WriteBlock(mutation.Path, mutation.Header!, mutation.Data.Span);
                break;
            case WalRecordKind.Append when mutation.Before is null:
                CreateAppendBlob(mutation.Path, mutation.Header!, mutation.Data.Span);
                break;
            case WalRecordKind.Append:
                AppendFrame(mutation.Path, mutation.Before.ValidEnd, mutation.Before.NeedsTruncate, mutation.Data.Span);
                break;
            case WalRecordKind.Delete:
                Delete(mutation.Path);
                break;
            default:
                throw new InvalidOperationException($"Unknown mutation kind {mutation.Kind}.");
        }
    }

    /// <summary>The files and folders changed since the last call (empty unless tracking).</summary>
    public TouchedPaths TakeTouched()
    {
        var touched = _touched;
        if (trackTouched)
        {
            _touched = new();
        }

        return touched;
    }

    /// <summary>
    /// Counts a blob file as changed without writing it: replay skipped a record the file already
    /// shows, which a killed process may have left in the page cache only.
    /// </summary>
    public void MarkTouched(string path)
    {
        if (trackTouched)
        {
            _touched.Files.Add(path);
            _touched.Folders.Add(Path.GetDirectoryName(path)!);
        }
    }

    /// <summary>Replaces (or creates) a block blob's file whole.</summary>
    public void WriteBlock(string path, BlobFileHeader header, ReadOnlySpan<byte> content)
    {
        Span<byte> head = stackalloc byte[BlobFileHeader.MaxLength];
        Replace(path, head[..header.Write(head)], content);
    }

    /// <summary>Creates (or replaces) an append blob's file holding one frame.</summary>
    public void CreateAppendBlob(string path, BlobFileHeader header, ReadOnlySpan<byte> data)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(header.Length + AppendFrames.Overhead + data.Length);
        try
        {
            var headerLength = header.Write(buffer);
            var frameLength = AppendFrames.Write(buffer.AsSpan(headerLength), data);
            Replace(path, buffer.AsSpan(0, headerLength + frameLength), []);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes one frame at <paramref name="end"/>, first cutting off whatever lies past it when <paramref name="truncateFirst"/>.</summary>
    public void AppendFrame(string path, long end, bool truncateFirst, ReadOnlySpan<byte> data)
    {
        var frameLength = AppendFrames.Overhead + data.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(frameLength);
        try
        {
            AppendFrames.Write(buffer, data);
            var handle = _handles.Get(path, create: false);
            try
            {
                if (truncateFirst)
                {
                    RandomAccess.SetLength(handle, end);
                }

                WriteHandles.Write(handle, buffer.AsSpan(0, frameLength), end);
            }
            catch
            {
                _handles.Forget(path);
                throw;
            }

            if (trackTouched)
            {
                _touched.Files.Add(path);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Removes a blob's file; a file that is already gone is fine.</summary>
    public void Delete(string path)
    {
        _handles.Forget(path);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            return;
        }

        if (trackTouched)
        {
            _touched.Folders.Add(Path.GetDirectoryName(path)!);
        }
    }

    public void Dispose() => _handles.Dispose();

    /// <summary>Writes a blob file whole, in place (creating it when missing), and cuts off whatever the old content had beyond it.</summary>
    private void Replace(string path, ReadOnlySpan<byte> head, ReadOnlySpan<byte> body)
    {
        var folder = Path.GetDirectoryName(path)!;
        EnsureFolder(folder);
        var handle = _handles.Get(path, create: true);
        try
        {
            WriteHandles.Write(handle, head, 0);
            WriteHandles.Write(handle, body, head.Length);
            RandomAccess.SetLength(handle, head.Length + body.Length);
        }
        catch
        {
            _handles.Forget(path);
            throw;
        }

        if (trackTouched)
        {
            _touched.Files.Add(path);
            _touched.Folders.Add(folder);
        }
    }

    /// <summary>Creates a blob folder and those above it; each is checked once per process.</summary>
    private void EnsureFolder(string folder)
    {
        if (folder.Length <= blobsRoot.Length || _knownFolders.Contains(folder))
        {
            return;
        }

        var parent = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException($"'{folder}' has no parent folder.");
        EnsureFolder(parent);
        Directory.CreateDirectory(folder);
        if (trackTouched)
        {
            // Also for folders that already existed: a crash of the previous process may have left them unflushed.
            _touched.Folders.Add(parent);
            _touched.Folders.Add(folder);
        }

        _knownFolders.Add(folder);
    }
}
