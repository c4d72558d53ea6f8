using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraduateFair.Runtime.Persistence;

/// <summary>
/// The stored form of a journaled grain. The snapshot blob is
/// <c>{"generation":g,"sequence":n,"state":{…}}</c>; the log of generation g is an append blob of
/// JSON lines, each <c>{"first":n,"events":[…]}</c> (one append), ended by <c>{"sealed":true}</c>
/// once a newer snapshot is about to replace it.
/// </summary>
internal static class JournalFormat
{
    public static readonly byte[] SealLine = Encoding.UTF8.GetBytes("{\"sealed\":true}\n");

    // A buffer that grew past this (a huge batch) is dropped rather than kept by its thread.
    private const int MaxKeptAppendBuffer = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? AppendBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? AppendWriter;

    public static byte[] WriteSnapshot(long generation, long sequence, byte[] stateJson)
    {
        // The state is already JSON: one copy into the document (a snapshot of a long queue is
        // megabytes, and every extra copy is a large-object allocation).
        var head = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"generation\":{generation},\"sequence\":{sequence},\"state\":"));
        var document = new byte[head.Length + stateJson.Length + 1];
        head.CopyTo(document, 0);
        stateJson.CopyTo(document, head.Length);
        document[^1] = (byte)'}';
        return document;
    }

    public static (long Generation, long Sequence, TState State) ReadSnapshot<TState>(ReadOnlySpan<byte> json, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(json);
        long generation = 0, sequence = 0;
        TState? state = default;
        var sawState = false;
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "a snapshot object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            Expect(reader.Read(), "a snapshot property value");
            switch (property)
            {
                case "generation":
                    generation = reader.GetInt64();
                    break;
                case "sequence":
                    sequence = reader.GetInt64();
                    break;
                case "state":
                    state = JsonSerializer.Deserialize<TState>(ref reader, options);
                    sawState = true;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        Expect(sawState && state is not null, "the snapshot's state");
        return (generation, sequence, state!);
    }

    public static byte[] WriteAppend<TEvent>(long first, IReadOnlyList<TEvent> events, JsonSerializerOptions options)
    {
        // One writer and buffer per thread, reused: only the finished line is allocated.
        var buffer = AppendBuffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = AppendWriter ??= new Utf8JsonWriter(buffer);
        try
        {
            writer.WriteStartObject();
            writer.WriteNumber("first", first);
            writer.WritePropertyName("events");
            writer.WriteStartArray();
            foreach (var @event in events)
            {
                JsonSerializer.Serialize(writer, @event, options);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            var line = new byte[buffer.WrittenCount + 1];
            buffer.WrittenSpan.CopyTo(line);
            line[^1] = (byte)'\n';
            return line;
        }
        finally
        {
            writer.Reset();
            if (buffer.Capacity > MaxKeptAppendBuffer)
            {
                AppendBuffer = null;
                AppendWriter = null;
            }
            else
            {
                buffer.ResetWrittenCount();
            }
        }
    }

    /// <summary>Reads a log: calls <paramref name="onEvent"/> for each event in order; returns whether the log is sealed.</summary>
    public static bool ReadLog<TEvent>(ReadOnlySpan<byte> log, JsonSerializerOptions options, Action<long, TEvent> onEvent)
    {
        var isSealed = false;
        while (!log.IsEmpty)
        {
            var end = log.IndexOf((byte)'\n');
            Expect(end >= 0, "a complete log line");
            var line = log[..end];
            log = log[(end + 1)..];
            Expect(!isSealed, "no entries after the seal");
            isSealed = ReadLine(line, options, onEvent);
        }

        return isSealed;
    }

    private static bool ReadLine<TEvent>(ReadOnlySpan<byte> line, JsonSerializerOptions options, Action<long, TEvent> onEvent)
    {
        var reader = new Utf8JsonReader(line);
        long first = -1;
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "a log line object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            Expect(reader.Read(), "a log property value");
            switch (property)
            {
                case "sealed":
                    return reader.TokenType == JsonTokenType.True;
                case "first":
                    first = reader.GetInt64();
                    break;
                case "events":
                    Expect(first > 0 && reader.TokenType == JsonTokenType.StartArray, "'first' before the events array");
                    var sequence = first;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var @event = JsonSerializer.Deserialize<TEvent>(ref reader, options);
                        Expect(@event is not null, "a non-null event");
                        onEvent(sequence++, @event!);
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return false;
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Grain journal is malformed: expected {what}.");
        }
    }
}
