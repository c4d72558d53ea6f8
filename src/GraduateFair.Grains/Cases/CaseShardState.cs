using GraduateFair.Grains.FollowUps;

namespace GraduateFair.Grains.Cases;

public sealed class CaseShardState
{
    public Dictionary<string, CaseShardEntry> Graduates { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, FollowUpTask> FollowUps { get; set; } = new(StringComparer.Ordinal);

    public CaseShardEntry EntryOf(string graduateId)
    {
        if (!Graduates.TryGetValue(graduateId, out var entry))
        {
            Graduates.Add(graduateId, entry = new CaseShardEntry());
        }

        return entry;
    }
}
