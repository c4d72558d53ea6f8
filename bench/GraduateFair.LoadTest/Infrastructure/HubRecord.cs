using System.Text.Json;

namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>Reads just enough of a SignalR JSON record: its target and, for QueuePosition, the position.</summary>
public static class HubRecord
{
    private static readonly byte[] QueuePosition = "QueuePosition"u8.ToArray();

    /// <summary>Whether the record is a QueuePosition invocation; its position when it is.</summary>
    public static bool TryReadQueuePosition(ReadOnlySpan<byte> record, out int position, out bool isInvocation)
    {
        position = 0;
        isInvocation = false;
        var reader = new Utf8JsonReader(record);
        var isQueuePosition = false;
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    depth++;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals("type"u8):
                    reader.Read();
                    isInvocation = reader.TokenType == JsonTokenType.Number && reader.GetInt32() == 1;
                    break;
                case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals("target"u8):
                    reader.Read();
                    isQueuePosition = reader.ValueTextEquals(QueuePosition);
                    break;
                case JsonTokenType.PropertyName when depth == 3 && reader.ValueTextEquals("position"u8):
                    reader.Read();
                    position = reader.GetInt32();
                    break;
            }
        }

        return isInvocation && isQueuePosition;
    }
}
