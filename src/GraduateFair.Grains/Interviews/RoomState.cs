namespace GraduateFair.Grains.Interviews;

public sealed class RoomState
{
    public RoomRecord? Room { get; set; }

    public List<ChatMessage> Transcript { get; set; } = [];
}
