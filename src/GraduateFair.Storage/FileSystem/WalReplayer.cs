using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Applies write-ahead log records, in log order, to blob files that may hold any later state
/// the crash left behind (or parts of it): each record is applied only where the file does not
/// already show it, so replaying a log twice, or after a checkpoint that flushed part of it,
/// ends in the same state.
/// </summary>
/// <remarks>
/// <para>A put and a delete are applied whatever the file holds. An append of generation g at
/// logical offset o: when the file is the append blob of generation g, it is skipped if the blob
/// is at least o + its length long, written at the intact end if the blob is exactly o long, and
/// written after cutting the blob back to o if it ends inside the record (a frame ends at every
/// record's offset). An append at 0 to anything else (another generation, a block blob, no or a
/// damaged file) creates the blob. An append past 0 to anything else means that a later record
/// of the log replaced or deleted the blob before the crash: the name stays unresolved until a
/// later put, delete or creation of it comes, and one still unresolved at the end is damage.</para>
/// <para>Every frame of a generation was written after its record was flushed and exactly once
/// per offset, so whatever intact frames the file holds are the log's own.</para>
/// </remarks>
internal sealed class WalReplayer(BlobFileLayout layout, BlobFileWriter writer, ILogger logger)
{
    private readonly Dictionary<string, BlobFileState?> _states = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unresolved = new(StringComparer.Ordinal);

    public int Applied { get; private set; }

    public int Skipped { get; private set; }

    public void Replay(WalRecord record)
    {
        var path = layout.FileOf(record.Name);
        switch (record.Kind)
        {
            case WalRecordKind.Put:
            {
                var header = new BlobFileHeader(BlobKind.Block, record.Tag!, record.ContentType!);
                writer.WriteBlock(path, header, record.Data);
                Resolve(record.Name, new BlobFileState(header, record.Data.Length, header.Length + record.Data.Length, NeedsTruncate: false, default));
                break;
            }

            case WalRecordKind.Delete:
                writer.Delete(path);
                Resolve(record.Name, null);
                break;

            case WalRecordKind.Append:
                ReplayAppend(record, path);
                break;

            default:
                throw new InvalidDataException($"A write-ahead log record has the unknown kind {(byte)record.Kind}.");
        }
    }

    /// <summary>Throws when a blob is left in a state that no record of the log explains.</summary>
    public void Finish()
    {
        if (_unresolved.Count > 0)
        {
            throw new InvalidDataException(
                $"The write-ahead log appends to {_unresolved.Count} append blob(s) whose files hold another blob and that no later record replaces: "
                + "blob files the last checkpoint flushed were changed or lost.");
        }
    }

    private void ReplayAppend(WalRecord record, string path)
    {
        var offset = record.Offset;
        var end = offset + record.Data.Length;
        var current = State(record.Name, path);
        if (current is { Kind: BlobKind.Append } state && string.Equals(state.Header.Tag, record.Tag, StringComparison.Ordinal))
        {
            if (state.Length >= end)
            {
                // Already in the file, though maybe only in the page cache of a process that was killed.
                writer.MarkTouched(path);
                Skipped++;
                return;
            }

            long at;
            bool truncate;
            if (state.Length == offset)
            {
                (at, truncate) = (state.ValidEnd, state.NeedsTruncate);
            }
            else if (state.Length > offset)
            {
                at = BlobFiles.FrameBoundary(path, state, offset)
                    ?? throw new InvalidDataException("An append blob has no frame boundary where a write-ahead log record of it starts.");
                truncate = true;
            }
            else
            {
                throw new InvalidDataException(
                    $"An append blob is {state.Length} bytes long, but the write-ahead log continues it at {offset}: data the last checkpoint flushed is missing.");
            }

            writer.AppendFrame(path, at, truncate, record.Data);
            Applied++;
            _states[record.Name] = state with { Length = end, ValidEnd = at + AppendFrames.Overhead + record.Data.Length, NeedsTruncate = false };
            return;
        }

        if (offset == 0)
        {
            var header = new BlobFileHeader(BlobKind.Append, record.Tag!, BlobContentTypes.OctetStream);
            writer.CreateAppendBlob(path, header, record.Data);
            Resolve(record.Name, new BlobFileState(header, end, header.Length + AppendFrames.Overhead + record.Data.Length, NeedsTruncate: false, default));
            return;
        }

        // A later record replaced or deleted this blob before the crash; it will set the file right.
        _unresolved.Add(record.Name);
        writer.MarkTouched(path);
        Skipped++;
    }

    private void Resolve(string name, BlobFileState? state)
    {
        _states[name] = state;
        _unresolved.Remove(name);
        Applied++;
    }

    /// <summary>The blob file's state as replay left it, read from the file on first use; a damaged file counts as no blob.</summary>
    private BlobFileState? State(string name, string path)
    {
        if (_states.TryGetValue(name, out var state))
        {
            return state;
        }

        try
        {
            state = BlobFiles.Load(path, logger);
        }
        catch (InvalidDataException)
        {
            // Only a put, a delete or a creation can explain a damaged file; a mere append leaves it unresolved.
            state = null;
        }

        _states[name] = state;
        return state;
    }
}
