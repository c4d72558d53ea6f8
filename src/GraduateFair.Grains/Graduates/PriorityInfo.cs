using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Graduates;

public sealed record PriorityInfo(IReadOnlyList<PriorityGroup> Groups, DateTimeOffset? ConsentedAt)
{
    public static PriorityInfo None { get; } = new([], null);
}
