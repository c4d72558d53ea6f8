using System.Buffers;
using System.Text.Json;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>Writes the client's records of the SignalR JSON hub protocol, each ended by 0x1E.</summary>
internal static class HubProtocolWriter
{
    public const int InvocationType = 1;
    public const int StreamItemType = 2;
    public const int CompletionType = 3;
    public const int PingType = 6;
    public const int CloseType = 7;
    public const int AckType = 8;
    public const int SequenceType = 9;

    public static ReadOnlyMemory<byte> Handshake() => Write(writer =>
    {
        writer.WriteString("protocol", "json");
        writer.WriteNumber("version", 1);
    });

    public static ReadOnlyMemory<byte> Invocation(string? invocationId, string target, IReadOnlyList<object?> arguments, JsonSerializerOptions options) => Write(writer =>
    {
        writer.WriteNumber("type", InvocationType);
        if (invocationId is not null)
        {
            writer.WriteString("invocationId", invocationId);
        }

        writer.WriteString("target", target);
        writer.WriteStartArray("arguments");
        foreach (var argument in arguments)
        {
            JsonSerializer.Serialize(writer, argument, argument?.GetType() ?? typeof(object), options);
        }

        writer.WriteEndArray();
    });

    public static ReadOnlyMemory<byte> CompletionWithError(string invocationId, string error) => Write(writer =>
    {
        writer.WriteNumber("type", CompletionType);
        writer.WriteString("invocationId", invocationId);
        writer.WriteString("error", error);
    });

    public static ReadOnlyMemory<byte> Ping() => Write(writer => writer.WriteNumber("type", PingType));

    public static ReadOnlyMemory<byte> Close() => Write(writer => writer.WriteNumber("type", CloseType));

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        buffer.Write([RecordSeparatorFramer.RecordSeparator]);
        return buffer.WrittenMemory;
    }
}
