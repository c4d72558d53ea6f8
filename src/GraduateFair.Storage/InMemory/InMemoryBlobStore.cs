using System.Collections.Concurrent;
using System.Globalization;

namespace GraduateFair.Storage.InMemory;

/// <summary>
/// An <see cref="IBlobStore"/> in process memory with the same semantics as the durable stores,
/// for unit tests and in-process benchmarks. Thread-safe; operations on different names never wait
/// for each other.
/// </summary>
/// <remarks>
/// Stored bytes are immutable once visible: a put copies the caller's buffer once and reads hand
/// out that array without copying. An append blob grows in place inside a buffer with spare
/// capacity (doubling when full), which is safe because a reader only ever sees the prefix that
/// existed when it read, and appends only write past every visible prefix.
/// </remarks>
public sealed class InMemoryBlobStore : IBlobStore
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private long _lastETag;

    public InMemoryBlobStore(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = Read(name);
        return Task.FromResult(stored is null ? null : new BlobContent(stored.Content, stored.ToProperties(name)));
    }

    public Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(name)?.ToProperties(name));
    }

    public Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, BlobCondition condition, string contentType = BlobContentTypes.OctetStream, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        BlobArguments.ValidateContentType(contentType);
        cancellationToken.ThrowIfCancellationRequested();

        var copy = content.ToArray();
        var slot = Enter(name);
        try
        {
            BlobPreconditions.Check(name, slot.Current?.ETag, condition);
            var etag = NextETag();
            slot.Current = new Stored(copy, copy.Length, etag, contentType, BlobKind.Block, _timeProvider.GetUtcNow());
            return Task.FromResult(etag);
        }
        finally
        {
            Exit(name, slot);
        }
    }

    public Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        BlobArguments.ValidateAppend(data, expectedLength);
        cancellationToken.ThrowIfCancellationRequested();

        var slot = Enter(name);
        try
        {
            var current = slot.Current;
            BlobPreconditions.CheckAppend(name, current?.Kind, current?.Length ?? 0, expectedLength);

            var length = current?.Length ?? 0;
            var newLength = checked(length + data.Length);
            var buffer = current?.Buffer ?? [];
            if (newLength > buffer.Length)
            {
                var grown = new byte[Math.Max(newLength, Math.Min(Array.MaxLength, buffer.Length * 2L))];
                buffer.AsSpan(0, length).CopyTo(grown);
                buffer = grown;
            }

            data.Span.CopyTo(buffer.AsSpan(length));
            var etag = NextETag();
            slot.Current = new Stored(buffer, newLength, etag, current?.ContentType ?? BlobContentTypes.OctetStream, BlobKind.Append, _timeProvider.GetUtcNow());
            return Task.FromResult(new AppendResult(newLength, etag));
        }
        finally
        {
            Exit(name, slot);
        }
    }

    public Task<bool> DeleteAsync(string name, BlobCondition condition = default, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        cancellationToken.ThrowIfCancellationRequested();

        var slot = Enter(name);
        try
        {
            BlobPreconditions.Check(name, slot.Current?.ETag, condition);
            var existed = slot.Current is not null;
            slot.Current = null;
            return Task.FromResult(existed);
        }
        finally
        {
            Exit(name, slot);
        }
    }

    public Task<BlobPage> ListAsync(string prefix, string? continuation = null, int pageSize = 1000, CancellationToken cancellationToken = default)
    {
        BlobArguments.ValidateList(prefix, continuation, pageSize);
        cancellationToken.ThrowIfCancellationRequested();

        var matches = new List<BlobProperties>();
        foreach (var (name, slot) in _slots)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && (continuation is null || string.CompareOrdinal(name, continuation) > 0)
                && slot.Current is { } stored)
            {
                matches.Add(stored.ToProperties(name));
            }
        }

        matches.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
        if (matches.Count <= pageSize)
        {
            return Task.FromResult(new BlobPage(matches, null));
        }

        var page = matches.GetRange(0, pageSize);
        return Task.FromResult(new BlobPage(page, page[^1].Name));
    }

    public Uri? CreateReadLink(string name, TimeSpan lifetime, string? downloadFileName = null)
    {
        BlobArguments.ValidateReadLink(name, lifetime);
        return null;
    }

    private Stored? Read(string name) => _slots.TryGetValue(name, out var slot) ? slot.Current : null;

    /// <summary>Locks the live slot of <paramref name="name"/>, creating it when needed.</summary>
    private Slot Enter(string name)
    {
        while (true)
        {
            var slot = _slots.GetOrAdd(name, static _ => new Slot());
            slot.Gate.Enter();
            if (!slot.Retired)
            {
                return slot;
            }

            slot.Gate.Exit();
        }
    }

    /// <summary>Unlocks a slot, retiring it when its blob is gone so deleted names do not accumulate.</summary>
    private void Exit(string name, Slot slot)
    {
        if (slot.Current is null)
        {
            slot.Retired = true;
            _slots.TryRemove(new KeyValuePair<string, Slot>(name, slot));
        }

        slot.Gate.Exit();
    }

    private string NextETag() => "m" + Interlocked.Increment(ref _lastETag).ToString("x", CultureInfo.InvariantCulture);

    private sealed class Slot
    {
        private volatile Stored? _current;

        public Lock Gate { get; } = new();

        /// <summary>Read without the gate, written only under it.</summary>
        public Stored? Current
        {
            get => _current;
            set => _current = value;
        }

        /// <summary>Set under the gate once the slot has left the dictionary.</summary>
        public bool Retired { get; set; }
    }

    private sealed record Stored(byte[] Buffer, int Length, string ETag, string ContentType, BlobKind Kind, DateTimeOffset LastModified)
    {
        public ReadOnlyMemory<byte> Content => Buffer.AsMemory(0, Length);

        public BlobProperties ToProperties(string name) => new(name, ETag, Length, ContentType, Kind, LastModified);
    }
}
