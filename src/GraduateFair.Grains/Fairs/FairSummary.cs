using GraduateFair.Domain.Fairs;

namespace GraduateFair.Grains.Fairs;

public sealed record FairSummary(string FairId, string Title, Theme Theme, FairStatus Status, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
