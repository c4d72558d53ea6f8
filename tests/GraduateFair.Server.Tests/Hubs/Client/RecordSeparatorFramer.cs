using System.Buffers;
using System.Text;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>
/// Splits the bytes of a SignalR text transport into records ended by the record separator
/// (0x1E). Record boundaries are independent of WebSocket frames: a record may span frames and
/// a frame may hold several records. 0x1E never occurs inside a multi-byte UTF-8 sequence, so a
/// complete record always decodes on its own.
/// </summary>
internal sealed class RecordSeparatorFramer
{
    public const byte RecordSeparator = 0x1E;

    private readonly ArrayBufferWriter<byte> _pending = new();

    /// <summary>True while bytes of an unfinished record are held.</summary>
    public bool HasPartialRecord => _pending.WrittenCount > 0;

    /// <summary>Adds received bytes and returns the records they complete, in order.</summary>
    public IReadOnlyList<string> Push(ReadOnlySpan<byte> chunk)
    {
        var records = new List<string>();
        while (chunk.Length > 0)
        {
            var end = chunk.IndexOf(RecordSeparator);
            if (end < 0)
            {
                _pending.Write(chunk);
                break;
            }

            if (_pending.WrittenCount == 0)
            {
                records.Add(Encoding.UTF8.GetString(chunk[..end]));
            }
            else
            {
                _pending.Write(chunk[..end]);
                records.Add(Encoding.UTF8.GetString(_pending.WrittenSpan));
                _pending.Clear();
            }

            chunk = chunk[(end + 1)..];
        }

        return records;
    }
}
