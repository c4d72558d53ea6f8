using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The embedded <see cref="IBlobStore"/>: blobs are files under a data directory; every
/// acknowledged change is first durable in a write-ahead log, and a crash leaves the old or the
/// new content.
/// </summary>
/// <remarks>
/// <para>Layout: <c>{root}/.lock</c> (held while the store is open), <c>{root}/blobs/{name}@.blob</c>
/// per blob (see <see cref="BlobFileLayout"/>), each a header (<see cref="BlobFileHeader"/>) and the
/// content, or for an append blob the appended data as checksummed frames (<see cref="AppendFrames"/>),
/// and <c>{root}/wal/</c>, the write-ahead log (<see cref="WriteAheadLog"/>).</para>
/// <para>Operations on one name take turns on that name's async lock; different names never wait for
/// each other. A mutation checks its precondition under the lock, then goes through the log: it is
/// acknowledged once its record is flushed (one fdatasync for every mutation queued meanwhile, of any
/// name) and applied to the blob file, all before the lock is released. A name's header, length and
/// intact end are cached after first use. Reads run on dedicated I/O threads (<see cref="BlockingIoPool"/>).
/// The store assumes it is the directory's only user and enforces it with the lock file.</para>
/// </remarks>
public sealed class FileSystemBlobStore : IOrderedBlobStore, IDisposable
{
    private const string BlobsFolderName = "blobs";
    private const string WalFolderName = "wal";

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly BlobFileLayout _layout;
    private readonly WriteAheadLog _wal;
    private readonly RootLock _lock;
    private readonly BlockingIoPool _io = BlockingIoPool.Shared;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private volatile bool _disposed;

    /// <summary>
    /// Opens (creating when needed) the store in <paramref name="rootPath"/>: removes what interrupted
    /// writes left and replays the write-ahead log onto the blob files before serving anything.
    /// </summary>
    /// <exception cref="BlobStoreUnavailableException">Another store holds the directory.</exception>
    /// <exception cref="InvalidDataException">The log or the blob files are damaged beyond what a crash leaves.</exception>
    public FileSystemBlobStore(string rootPath, ILogger<FileSystemBlobStore>? logger = null, TimeProvider? timeProvider = null, FileSystemBlobStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        options ??= new FileSystemBlobStoreOptions();
        options.Validate();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        RootPath = Path.GetFullPath(rootPath);

        if (!Directory.Exists(RootPath))
        {
            Directory.CreateDirectory(RootPath);
            DiskSync.Directory(Path.GetDirectoryName(RootPath) ?? RootPath);
        }

        _lock = RootLock.Acquire(RootPath);
        BlobFileWriter? writer = null;
        try
        {
            var blobsRoot = Path.Combine(RootPath, BlobsFolderName);
            var walFolder = Path.Combine(RootPath, WalFolderName);
            Directory.CreateDirectory(blobsRoot);
            Directory.CreateDirectory(walFolder);
            DiskSync.Directory(RootPath);
            _layout = new BlobFileLayout(blobsRoot);
            var removed = BlobFiles.CleanUp(blobsRoot);
            var durability = new BlobFileDurability(RootPath, options.UseSyncFs);
            writer = new BlobFileWriter(blobsRoot, durability.NeedsTouchedPaths);
            var nextSegment = WalRecovery.Replay(walFolder, _layout, writer, durability, _logger);
            _wal = new WriteAheadLog(walFolder, nextSegment, writer, durability, options, _logger, _timeProvider);
            FileSystemBlobStoreLog.Opened(_logger, RootPath, removed, options.UseSyncFs ? "flush the file system (syncfs)" : "flush each changed file and folder");
        }
        catch
        {
            // Until the log runs, the writer (and the handles replay left open) is ours to close.
            writer?.Dispose();
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>The data directory, as a full path.</summary>
    public string RootPath { get; }

    public async Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = Prepare(name);
        var entry = await EnterAsync(name, cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await StateAsync(path, entry).ConfigureAwait(false);
            if (state is null)
            {
                return null;
            }

            var content = await _io.Run(() => BlobFiles.ReadContent(path, state)).ConfigureAwait(false);
            return new BlobContent(content, state.ToProperties(name));
        }
        catch (Exception exception) when (IsFileSystemFailure(exception))
        {
            throw Unavailable("read", exception);
        }
        finally
        {
            Exit(name, entry);
        }
    }

    public async Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = Prepare(name);
        var entry = await EnterAsync(name, cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await StateAsync(path, entry).ConfigureAwait(false);
            return state?.ToProperties(name);
        }
        catch (Exception exception) when (IsFileSystemFailure(exception))
        {
            throw Unavailable("read", exception);
        }
        finally
        {
            Exit(name, entry);
        }
    }

    public async Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, BlobCondition condition, string contentType = BlobContentTypes.OctetStream, CancellationToken cancellationToken = default)
    {
        var path = Prepare(name);
        BlobArguments.ValidateContentType(contentType);
        var entry = await EnterAsync(name, cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await StateAsync(path, entry).ConfigureAwait(false);
            BlobPreconditions.Check(name, state?.ETag, condition);
            cancellationToken.ThrowIfCancellationRequested();

            var header = new BlobFileHeader(BlobKind.Block, NewTag(), contentType);
            await Commit(entry, WalMutation.Put(name, path, header, content)).ConfigureAwait(false);

            entry.State = new BlobFileState(header, content.Length, header.Length + content.Length, NeedsTruncate: false, _timeProvider.GetUtcNow());
            return header.Tag;
        }
        catch (Exception exception) when (IsFileSystemFailure(exception))
        {
            throw Unavailable("write", exception);
        }
        finally
        {
            Exit(name, entry);
        }
    }

    public Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken = default) =>
        AppendCoreAsync(name, data, expectedLength, accepted: null, cancellationToken);

    /// <summary>
    /// As <see cref="AppendAsync(string, ReadOnlyMemory{byte}, long, CancellationToken)"/>; <paramref name="accepted"/>
    /// runs once the append is queued in the write-ahead log, whose batches are written and flushed in order.
    /// </summary>
    public Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, Action accepted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return AppendCoreAsync(name, data, expectedLength, accepted, cancellationToken);
    }

    private async Task<AppendResult> AppendCoreAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, Action? accepted, CancellationToken cancellationToken)
    {
        var path = Prepare(name);
        BlobArguments.ValidateAppend(data, expectedLength);

        // An ordered append does not wait for an earlier ordered append of the same name to be
        // durable: the log keeps their order, and the entry already knows the length it will have.
        var entry = await EnterAsync(name, cancellationToken, settle: accepted is null).ConfigureAwait(false);
        var inside = true;
        try
        {
            var state = await StateAsync(path, entry).ConfigureAwait(false);
            BlobPreconditions.CheckAppend(name, state?.Kind, state?.Length ?? 0, expectedLength);
            cancellationToken.ThrowIfCancellationRequested();

            var frameLength = AppendFrames.Overhead + data.Length;
            var header = state?.Header ?? new BlobFileHeader(BlobKind.Append, NewTag(), BlobContentTypes.OctetStream);
            var mutation = WalMutation.Append(name, path, header, state, data);
            var after = state is null
                ? new BlobFileState(header, data.Length, header.Length + frameLength, NeedsTruncate: false, _timeProvider.GetUtcNow())
                : state with { Length = state.Length + data.Length, ValidEnd = state.ValidEnd + frameLength, NeedsTruncate = false, LastModified = _timeProvider.GetUtcNow() };
            if (accepted is null)
            {
                await Commit(entry, mutation).ConfigureAwait(false);
                entry.State = after;
                return new AppendResult(after.Length, after.ETag);
            }

            var durable = _wal.Submit(mutation);
            accepted();
            entry.State = after;
            entry.Unsettled = durable;
            inside = false;
            Exit(name, entry);

            // Whoever takes the name next for anything but an ordered append waits for this (and
            // thereby for every earlier mutation of the name: the log applies them in order).
            await durable.ConfigureAwait(false);
            return new AppendResult(after.Length, after.ETag);
        }
        catch (Exception exception) when (IsFileSystemFailure(exception))
        {
            throw Unavailable("append to", exception);
        }
        finally
        {
            if (inside)
            {
                Exit(name, entry);
            }
        }
    }

    public async Task<bool> DeleteAsync(string name, BlobCondition condition = default, CancellationToken cancellationToken = default)
    {
        var path = Prepare(name);
        var entry = await EnterAsync(name, cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await StateAsync(path, entry).ConfigureAwait(false);
            BlobPreconditions.Check(name, state?.ETag, condition);
            if (state is null)
            {
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            await Commit(entry, WalMutation.Delete(name, path)).ConfigureAwait(false);
            entry.State = null;
            return true;
        }
        catch (Exception exception) when (IsFileSystemFailure(exception))
        {
            throw Unavailable("delete", exception);
        }
        finally
        {
            Exit(name, entry);
        }
    }

    public async Task<BlobPage> ListAsync(string prefix, string? continuation = null, int pageSize = 1000, CancellationToken cancellationToken = default)
    {
        BlobArguments.ValidateList(prefix, continuation, pageSize);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _wal.ThrowIfFailed();

        // One more than a page tells whether another page follows. Names found in the folders are
        // confirmed under their own locks: a file may be gone, or hold no blob, by the time it is read.
        var items = new List<BlobProperties>();
        var after = continuation;
        try
        {
            while (items.Count <= pageSize)
            {
                var wanted = pageSize + 1 - items.Count;
                var candidates = await _io.Run(() => BlobFileLister.Take(_layout, prefix, after, wanted)).ConfigureAwait(false);
                foreach (var candidate in candidates)
                {
                    if (await GetPropertiesAsync(candidate, cancellationToken).ConfigureAwait(false) is { } properties)
                    {
                        items.Add(properties);
                    }
                }

                if (candidates.Count < wanted)
                {
                    break;
                }

                after = candidates[^1];
            }
        }
        catch (Exception exception) when (IsFileSystemFailure(exception))
        {
            throw Unavailable("list", exception);
        }

        if (items.Count <= pageSize)
        {
            return new BlobPage(items, null);
        }

        items.RemoveAt(pageSize);
        return new BlobPage(items, items[^1].Name);
    }

    public Uri? CreateReadLink(string name, TimeSpan lifetime, string? downloadFileName = null)
    {
        BlobArguments.ValidateReadLink(name, lifetime);
        return null;
    }

    /// <summary>
    /// Commits the mutations already queued, checkpoints (the blob files become durable and the
    /// log is deleted) and releases the data directory's lock. Calls made afterwards throw
    /// <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        _disposed = true;
        _wal.Dispose();
        _lock.Dispose();
    }

    /// <summary>How many times the write-ahead log was flushed: one fdatasync per batch of mutations.</summary>
    internal long WriteAheadLogSyncs => _wal.SyncCount;

    /// <summary>The write-ahead log, for tests that pause commits or force a checkpoint.</summary>
    internal WriteAheadLog WriteAheadLog => _wal;

    private static string NewTag() => Guid.NewGuid().ToString("N");

    private static bool IsFileSystemFailure(Exception exception) => exception is IOException or UnauthorizedAccessException;

    private static BlobStoreUnavailableException Unavailable(string operation, Exception exception) =>
        new($"The file blob store could not {operation} a blob: {exception.Message}", exception);

    /// <summary>Validates a name and maps it to its file.</summary>
    private string Prepare(string name)
    {
        BlobName.Validate(name);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _wal.ThrowIfFailed();
        return _layout.FileOf(name);
    }

    /// <summary>
    /// Takes the lock of <paramref name="name"/>'s live entry, creating the entry when needed. With
    /// <paramref name="settle"/>, also waits until the name's last ordered append is durable and applied.
    /// </summary>
    private async ValueTask<Entry> EnterAsync(string name, CancellationToken cancellationToken, bool settle = true)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(name, static _ => new Entry());
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (entry.Retired)
            {
                entry.Gate.Release();
                continue;
            }

            if (settle && entry.Unsettled is { } unsettled)
            {
                try
                {
                    await unsettled.ConfigureAwait(false);
                    entry.Unsettled = null;
                }
                catch
                {
                    // The log failed, so the store has stopped: what the entry expected is unknown.
                    entry.Unsettled = null;
                    entry.Loaded = false;
                    entry.State = null;
                    entry.Gate.Release();
                    _wal.ThrowIfFailed();
                    throw;
                }
            }

            return entry;
        }
    }

    /// <summary>Releases an entry's lock; an entry with no blob (or unknown state) leaves the cache.</summary>
    private void Exit(string name, Entry entry)
    {
        if (!entry.Loaded || entry.State is null)
        {
            entry.Retired = true;
            _entries.TryRemove(new KeyValuePair<string, Entry>(name, entry));
        }

        entry.Gate.Release();
    }

    private async ValueTask<BlobFileState?> StateAsync(string path, Entry entry)
    {
        if (!entry.Loaded)
        {
            entry.State = await _io.Run(() => BlobFiles.Load(path, _logger)).ConfigureAwait(false);
            entry.Loaded = true;
        }

        return entry.State;
    }

    /// <summary>
    /// Sends a mutation through the write-ahead log and waits until it is durable and applied. When
    /// that fails, the log has stopped and what the blob file holds is unknown: the entry is read again.
    /// </summary>
    private async Task Commit(Entry entry, WalMutation mutation)
    {
        try
        {
            await _wal.Submit(mutation).ConfigureAwait(false);
        }
        catch
        {
            entry.Loaded = false;
            entry.State = null;
            throw;
        }
    }

    /// <summary>One name's lock and cached state; the fields are only touched under <see cref="Gate"/>.</summary>
    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public bool Loaded { get; set; }

        public BlobFileState? State { get; set; }

        /// <summary>Set once the entry has left the cache; whoever gets its lock afterwards starts over.</summary>
        public bool Retired { get; set; }

        /// <summary>The durability of the name's last ordered append, when its caller left the lock before it.</summary>
        public Task? Unsettled { get; set; }
    }
}
