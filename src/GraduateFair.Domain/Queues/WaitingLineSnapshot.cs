namespace GraduateFair.Domain.Queues;

/// <summary>
/// Everything a <see cref="WaitingLine"/> holds, as plain serialisable data, for persistence.
/// It reveals who is in the priority lane: store it, never send it to a client.
/// </summary>
/// <param name="PriorityLane">The priority lane, front first.</param>
/// <param name="RegularLane">The regular lane, front first.</param>
/// <param name="PriorityServedSinceRegular">Priority graduates served since the last regular one, 0 to 2.</param>
/// <param name="ExpiryCounts">Expired invitations at this booth per graduate.</param>
/// <param name="Invitations">Graduates taken out of the line for an invitation still in flight.</param>
public sealed record WaitingLineSnapshot(
    IReadOnlyList<string> PriorityLane,
    IReadOnlyList<string> RegularLane,
    int PriorityServedSinceRegular,
    IReadOnlyDictionary<string, int> ExpiryCounts,
    IReadOnlyList<InvitationSlot> Invitations)
{
    /// <summary>An empty line.</summary>
    public static WaitingLineSnapshot Empty { get; } = new([], [], 0, new Dictionary<string, int>(), []);

    /// <summary>Equal when every lane, count and invitation is equal (collections compared by content).</summary>
    public bool Equals(WaitingLineSnapshot? other) =>
        other is not null
        && PriorityLane.SequenceEqual(other.PriorityLane, StringComparer.Ordinal)
        && RegularLane.SequenceEqual(other.RegularLane, StringComparer.Ordinal)
        && PriorityServedSinceRegular == other.PriorityServedSinceRegular
        && ExpiryCounts.Count == other.ExpiryCounts.Count
        && ExpiryCounts.All(p => other.ExpiryCounts.TryGetValue(p.Key, out var count) && count == p.Value)
        && Invitations.OrderBy(i => i.GraduateId, StringComparer.Ordinal)
            .SequenceEqual(other.Invitations.OrderBy(i => i.GraduateId, StringComparer.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(PriorityLane.Count, RegularLane.Count, PriorityServedSinceRegular, ExpiryCounts.Count, Invitations.Count);
}
