using System.Buffers;
using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.FileSystem;

/// <summary>The blocking file operations of the file store; each runs on a <see cref="BlockingIoPool"/> thread.</summary>
internal static class BlobFiles
{
    private const FileShare SharedAccess = FileShare.ReadWrite | FileShare.Delete;

    /// <summary>Reads a blob file's header and, for an append blob, measures its intact frames; null when there is no blob.</summary>
    public static BlobFileState? Load(string path, ILogger logger)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, SharedAccess, bufferSize: 0);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        using (file)
        {
            var fileLength = file.Length;
            Span<byte> start = stackalloc byte[BlobFileHeader.MaxLength];
            var read = file.ReadAtLeast(start, (int)Math.Min(start.Length, fileLength), throwOnEndOfStream: false);
            var header = BlobFileHeader.TryRead(start[..read], fileLength, path);
            if (header is null)
            {
                FileSystemBlobStoreLog.TruncatedHeader(logger);
                return null;
            }

            var lastModified = new DateTimeOffset(File.GetLastWriteTimeUtc(file.SafeFileHandle), TimeSpan.Zero);
            if (header.Kind == BlobKind.Block)
            {
                return new BlobFileState(header, fileLength - header.Length, fileLength, NeedsTruncate: false, lastModified);
            }

            file.Position = header.Length;
            using var buffered = new BufferedStream(file, 64 * 1024);
            var (validEnd, dataLength) = AppendFrames.Scan(buffered, header.Length, fileLength, output: null);
            if (validEnd < fileLength)
            {
                FileSystemBlobStoreLog.TornTail(logger, fileLength - validEnd);
            }

            return new BlobFileState(header, dataLength, validEnd, NeedsTruncate: validEnd < fileLength, lastModified);
        }
    }

    /// <summary>Reads a blob's whole content as described by its cached state.</summary>
    public static byte[] ReadContent(string path, BlobFileState state)
    {
        if (state.Length > Array.MaxLength)
        {
            throw new NotSupportedException($"The blob is {state.Length} bytes, too large to read into one buffer.");
        }

        var content = GC.AllocateUninitializedArray<byte>((int)state.Length);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, SharedAccess, bufferSize: 0);
        if (state.Kind == BlobKind.Block)
        {
            for (var done = 0; done < content.Length;)
            {
                var read = RandomAccess.Read(file.SafeFileHandle, content.AsSpan(done), state.Header.Length + done);
                if (read == 0)
                {
                    throw new InvalidDataException($"'{path}' is shorter than the blob it held.");
                }

                done += read;
            }

            return content;
        }

        file.Position = state.Header.Length;
        using var buffered = new BufferedStream(file, 64 * 1024);
        var (validEnd, dataLength) = AppendFrames.Scan(buffered, state.Header.Length, state.ValidEnd, content);
        if (validEnd != state.ValidEnd || dataLength != state.Length)
        {
            throw new InvalidDataException($"'{path}' has a damaged append frame at offset {validEnd}.");
        }

        return content;
    }

    /// <summary>
    /// Replaces (or creates) a blob file whole: writes a temporary file next to it, flushes it,
    /// renames it over the blob file and flushes the folder. A crash leaves the old or the new file.
    /// </summary>
    public static void ReplaceAtomically(string path, ReadOnlySpan<byte> head, ReadOnlySpan<byte> body)
    {
        var temp = BlobFileLayout.TempOf(path);
        try
        {
            using (var handle = File.OpenHandle(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, head, 0);
                RandomAccess.Write(handle, body, head.Length);
                DiskSync.File(handle);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        DiskSync.Directory(Path.GetDirectoryName(path)!);
    }

    /// <summary>Creates an append blob file holding one frame, atomically.</summary>
    public static void CreateAppendBlob(string path, BlobFileHeader header, ReadOnlySpan<byte> data)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(header.Length + AppendFrames.Overhead + data.Length);
        try
        {
            var headerLength = header.Write(buffer);
            var frameLength = AppendFrames.Write(buffer.AsSpan(headerLength), data);
            ReplaceAtomically(path, buffer.AsSpan(0, headerLength + frameLength), []);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes one frame at the blob's intact end (cutting off a torn tail first) and flushes it.</summary>
    public static void AppendFrame(string path, BlobFileState state, ReadOnlySpan<byte> data)
    {
        var frameLength = AppendFrames.Overhead + data.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(frameLength);
        try
        {
            AppendFrames.Write(buffer, data);
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write, SharedAccess);
            if (state.NeedsTruncate)
            {
                // Flushed on its own so that no crash can leave new bytes in front of old garbage.
                RandomAccess.SetLength(handle, state.ValidEnd);
                DiskSync.File(handle);
            }

            RandomAccess.Write(handle, buffer.AsSpan(0, frameLength), state.ValidEnd);
            DiskSync.File(handle);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Removes a blob file and flushes its folder.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        DiskSync.Directory(Path.GetDirectoryName(path)!);
    }

    /// <summary>Deletes temporary files left by interrupted writes and empty folders below <paramref name="folder"/>.</summary>
    /// <returns>How many temporary files were deleted.</returns>
    public static int CleanUp(string folder)
    {
        var removed = 0;
        var directory = new DirectoryInfo(folder);
        foreach (var child in directory.GetDirectories())
        {
            removed += CleanUp(child.FullName);
            if (!child.EnumerateFileSystemInfos().Any())
            {
                child.Delete();
            }
        }

        foreach (var temp in directory.GetFiles("*" + BlobFileLayout.TempSuffix))
        {
            temp.Delete();
            removed++;
        }

        return removed;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The next write of this blob truncates the temporary file, and opening the store removes it.
        }
    }
}
