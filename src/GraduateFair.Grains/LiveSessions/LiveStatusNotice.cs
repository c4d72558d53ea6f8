using GraduateFair.Domain.LiveSessions;

namespace GraduateFair.Grains.LiveSessions;

public sealed record LiveStatusNotice(string SessionId, string FairId, string BoothId, LiveSessionStatus Status);
