using GraduateFair.Grains.Interviews;

namespace GraduateFair.Grains.Queues;

public sealed record EndRoomResult(EndRoomOutcome Outcome, RoomRecord? Room = null);
