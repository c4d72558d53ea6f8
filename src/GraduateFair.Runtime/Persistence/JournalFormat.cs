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

    public static byte[] WriteSnapshot(long generation, long sequence, byte[] stateJson)
    {
        using var buffer = new MemoryStream(stateJson.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("generation", generation);
            writer.WriteNumber("sequence", sequence);
            writer.WritePropertyName("state");
            writer.WriteRawValue(stateJson, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
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
        using var buffer = new MemoryStream(128 * events.Count + 32);
        using (var writer = new Utf8JsonWriter(buffer))
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
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
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
