using GraduateFair.Domain.Cases;

namespace GraduateFair.Grains.Graduates;

public sealed class GraduateState
{
    public GraduateProfile? Profile { get; set; }

    public PriorityInfo Priority { get; set; } = PriorityInfo.None;

    public Dictionary<string, QueueSlot> Slots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Booths whose queues the graduate entered in the priority lane since consenting (erased with the groups).</summary>
    public HashSet<string> PriorityLaneBooths { get; set; } = new(StringComparer.Ordinal);

    public HeldInvitation? Invitation { get; set; }

    public CurrentRoom? Room { get; set; }

    /// <summary>The graduate's case in the ledger; opens with the first profile.</summary>
    public GraduateCase? Case { get; set; }
    /// <summary>Removals the graduate has not been told about yet (oldest first).</summary>
    public List<QueueRemovalNotice> RemovalNotices { get; set; } = [];
}
