namespace GraduateFair.Domain.Queues;

/// <summary>
/// The waiting line of one booth: who waits, in which order they will be invited, and each
/// graduate's position. Every operation costs O(log n) or better.
/// </summary>
/// <remarks>
/// <para>
/// Two lanes, priority and regular, each first come first served. When both lanes have people
/// the booth invites two priority graduates for every regular one, so nobody starves: a
/// counter c (priority graduates invited since the last regular one, at most 2) decides; the
/// priority lane goes next while c &lt; 2. With one lane empty, the other goes next.
/// </para>
/// <para>
/// The lane is private to the line: <see cref="ServingOrder"/> and <see cref="PositionOf"/>
/// say nothing about it. Only <see cref="ToSnapshot"/> (for persistence) contains it.
/// </para>
/// <para>
/// An invitation takes the graduate out of the line (<see cref="TakeForInvitation"/>). Then
/// exactly one of: <see cref="CompleteInvitation"/> (accepted or declined),
/// <see cref="ReturnAfterExpiry"/> (the first expiry at this booth puts them back three places
/// later in their lane; the second removes them), or <see cref="Leave"/>.
/// </para>
/// <para>Not thread-safe; meant to be owned by one grain.</para>
/// </remarks>
public sealed class WaitingLine
{
    /// <summary>Priority graduates invited for each regular one while both lanes have people.</summary>
    public const int PriorityPerRegular = 2;

    /// <summary>How many places further back in their lane a graduate goes after a first expiry.</summary>
    public const int PlacesMovedBackAfterExpiry = 3;

    /// <summary>The expiries at one booth after which a graduate is removed as a no-show.</summary>
    public const int ExpiriesBeforeRemoval = 2;

    // Both lanes in one tree: the priority lane is [0, _priorityCount), the regular lane the
    // rest. One tree means one dictionary lookup per operation instead of one per lane.
    private readonly OrderStatisticList<string> _lanes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _expiries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InvitationSlot> _invited = new(StringComparer.Ordinal);
    private int _priorityCount;
    private int _priorityServedSinceRegular;

    /// <summary>The number of graduates waiting (not counting those with an invitation in flight).</summary>
    public int Count => _lanes.Count;

    /// <summary>The number of graduates taken out of the line for an invitation still in flight.</summary>
    public int InvitedCount => _invited.Count;

    private int RegularCount => _lanes.Count - _priorityCount;

    // Priority graduates that may go before the next regular one.
    private int PriorityAllowance => PriorityPerRegular - _priorityServedSinceRegular;

    /// <summary>Whether the graduate is waiting in the line.</summary>
    public bool Contains(string graduateId) => _lanes.Contains(graduateId);

    /// <summary>Whether the graduate was taken out of the line for an invitation still in flight.</summary>
    public bool IsInvited(string graduateId) => _invited.ContainsKey(graduateId);

    /// <summary>How many invitations of this graduate expired at this booth (kept across leaving and rejoining).</summary>
    public int ExpiryCountOf(string graduateId) => _expiries.GetValueOrDefault(graduateId);

    /// <summary>
    /// Adds the graduate at the end of their lane and returns their position (1 = invited next).
    /// Idempotent: a graduate already waiting keeps their place and lane, and gets their
    /// current position.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The graduate has an invitation in flight here (check <see cref="IsInvited"/>): they
    /// must accept, decline, leave or let it expire first.
    /// </exception>
    public int Join(string graduateId, bool isPriority)
    {
        ArgumentException.ThrowIfNullOrEmpty(graduateId);
        if (_invited.ContainsKey(graduateId))
        {
            throw new InvalidOperationException($"Graduate '{graduateId}' has an invitation in flight at this booth.");
        }

        if (PositionOf(graduateId) is { } current)
        {
            return current;
        }

        if (isPriority)
        {
            _lanes.InsertAt(_priorityCount, graduateId);
            _priorityCount++;
            return PriorityPosition(_priorityCount - 1);
        }

        _lanes.Append(graduateId);
        return RegularPosition(RegularCount - 1);
    }

    /// <summary>
    /// Takes the graduate out of the line, or cancels their invitation in flight; false when
    /// they were neither waiting nor invited. Their expiry count is kept.
    /// </summary>
    public bool Leave(string graduateId) => RemoveFromLane(graduateId, out _, out _) || _invited.Remove(graduateId);

    /// <summary>The graduate's position (1 = invited next), or null when not waiting; O(log n).</summary>
    public int? PositionOf(string graduateId)
    {
        var index = _lanes.IndexOf(graduateId);
        if (index < 0)
        {
            return null;
        }

        return index < _priorityCount ? PriorityPosition(index) : RegularPosition(index - _priorityCount);
    }

    /// <summary>
    /// Everyone waiting, in the order they will be invited if nobody joins or leaves: the k-th
    /// graduate has position k. Lazy: the first k cost O(k + log n). Changing the line
    /// invalidates the enumeration.
    /// </summary>
    public IEnumerable<string> ServingOrder()
    {
        var priority = _lanes.EnumerateFrom(0).Take(_priorityCount);
        var regular = _lanes.EnumerateFrom(_priorityCount);
        return Interleave(priority, regular, _priorityServedSinceRegular);
    }

    /// <summary>
    /// Walks <see cref="ServingOrder"/>, skipping graduates for whom
    /// <paramref name="canBeInvited"/> is false (they keep their place), takes the first one
    /// it accepts for an invitation (<see cref="TakeForInvitation"/>) and returns them; null
    /// when nobody can be invited. Costs O(k log n) for k graduates looked at.
    /// </summary>
    public string? TakeNext(Func<string, bool> canBeInvited)
    {
        ArgumentNullException.ThrowIfNull(canBeInvited);
        var chosen = ServingOrder().FirstOrDefault(canBeInvited);
        if (chosen is not null)
        {
            TakeForInvitation(chosen);
        }

        return chosen;
    }

    /// <summary>
    /// Takes a waiting graduate out of the line for an invitation, remembering their lane and
    /// place in it, and counts them as served for the 2:1 rotation. False when not waiting.
    /// </summary>
    public bool TakeForInvitation(string graduateId)
    {
        ArgumentNullException.ThrowIfNull(graduateId);
        if (!RemoveFromLane(graduateId, out var priority, out var laneIndex))
        {
            return false;
        }

        _invited.Add(graduateId, new InvitationSlot(graduateId, priority, laneIndex));
        _priorityServedSinceRegular = priority ? Math.Min(_priorityServedSinceRegular + 1, PriorityPerRegular) : 0;
        return true;
    }

    /// <summary>
    /// The invitation was accepted or declined: the graduate does not come back to the line
    /// (the caller records why). False when they had no invitation in flight.
    /// </summary>
    public bool CompleteInvitation(string graduateId)
    {
        ArgumentNullException.ThrowIfNull(graduateId);
        return _invited.Remove(graduateId);
    }

    /// <summary>
    /// The graduate's invitation expired. The first time at this booth they go back into their
    /// lane <see cref="PlacesMovedBackAfterExpiry"/> places after where they were invited from
    /// (or at its end) and get <see cref="ExpiryOutcome.MovedBack"/> with their new position;
    /// the second time they are removed (<see cref="ExpiryOutcome.Removed"/>, a no-show).
    /// </summary>
    public ExpiryResult ReturnAfterExpiry(string graduateId)
    {
        ArgumentNullException.ThrowIfNull(graduateId);
        if (!_invited.Remove(graduateId, out var slot))
        {
            return new ExpiryResult(ExpiryOutcome.NotInvited);
        }

        var expiries = _expiries[graduateId] = _expiries.GetValueOrDefault(graduateId) + 1;
        if (expiries >= ExpiriesBeforeRemoval)
        {
            return new ExpiryResult(ExpiryOutcome.Removed);
        }

        if (slot.Priority)
        {
            var index = Math.Min(slot.LaneIndex + PlacesMovedBackAfterExpiry, _priorityCount);
            _lanes.InsertAt(index, graduateId);
            _priorityCount++;
            return new ExpiryResult(ExpiryOutcome.MovedBack, PriorityPosition(index));
        }

        var regularIndex = Math.Min(slot.LaneIndex + PlacesMovedBackAfterExpiry, RegularCount);
        _lanes.InsertAt(_priorityCount + regularIndex, graduateId);
        return new ExpiryResult(ExpiryOutcome.MovedBack, RegularPosition(regularIndex));
    }

    /// <summary>
    /// Moves a graduate from the priority lane to the regular lane (they withdrew their consent),
    /// keeping them behind the same regular graduates as before: the regular graduates who were
    /// ahead of them in serving order stay ahead, the rest stay behind. An invitation in flight
    /// returns to the regular lane if it expires, and no longer counts as a priority graduate served
    /// in the 2:1 rotation. False when they were not in the priority lane.
    /// </summary>
    public bool MoveToRegularLane(string graduateId)
    {
        ArgumentNullException.ThrowIfNull(graduateId);
        if (_invited.TryGetValue(graduateId, out var slot))
        {
            if (!slot.Priority)
            {
                return false;
            }

            _invited[graduateId] = slot with { Priority = false, LaneIndex = Math.Min(slot.LaneIndex, RegularCount) };

            // Uncount them from the 2:1 rotation, or the stored count would still say that the
            // graduate just invited came from the priority lane. (When a regular graduate was
            // invited after them, the count is about later graduates: taking one off then only
            // gives the priority lane one more turn, once.)
            _priorityServedSinceRegular = Math.Max(0, _priorityServedSinceRegular - 1);
            return true;
        }

        var index = _lanes.IndexOf(graduateId);
        if (index < 0 || index >= _priorityCount)
        {
            return false;
        }

        var regularsAhead = PriorityPosition(index) - 1 - index;
        _lanes.RemoveAt(index);
        _priorityCount--;
        _lanes.InsertAt(_priorityCount + regularsAhead, graduateId);
        return true;
    }

    /// <summary>
    /// Empties the line (the fair closed) and returns everyone who was in it: the waiting in
    /// serving order, then the invited. Expiry counts are kept.
    /// </summary>
    public IReadOnlyList<string> RemoveEveryone()
    {
        var everyone = ServingOrder().Concat(_invited.Keys.Order(StringComparer.Ordinal)).ToList();
        _lanes.Clear();
        _priorityCount = 0;
        _invited.Clear();
        return everyone;
    }

    /// <summary>The whole state as plain data; <see cref="Restore"/> rebuilds an identical line. O(n).</summary>
    public WaitingLineSnapshot ToSnapshot() => new(
        [.. _lanes.EnumerateFrom(0).Take(_priorityCount)],
        [.. _lanes.EnumerateFrom(_priorityCount)],
        _priorityServedSinceRegular,
        new SortedDictionary<string, int>(_expiries, StringComparer.Ordinal),
        [.. _invited.Values.OrderBy(i => i.GraduateId, StringComparer.Ordinal)]);

    /// <summary>Rebuilds a line from <see cref="ToSnapshot"/>: same positions, same serving order, same invitations.</summary>
    /// <exception cref="ArgumentException">The snapshot is inconsistent (a graduate twice, a counter out of range, ...).</exception>
    public static WaitingLine Restore(WaitingLineSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.PriorityServedSinceRegular is < 0 or > PriorityPerRegular)
        {
            throw new ArgumentException($"The priority counter must be from 0 to {PriorityPerRegular}.", nameof(snapshot));
        }

        var line = new WaitingLine { _priorityServedSinceRegular = snapshot.PriorityServedSinceRegular };
        var lanesAreValid = line.TryAppendAll(snapshot.PriorityLane);
        line._priorityCount = line._lanes.Count;
        if (!lanesAreValid || !line.TryAppendAll(snapshot.RegularLane))
        {
            throw new ArgumentException("The snapshot lists a graduate more than once or without an id.", nameof(snapshot));
        }

        foreach (var invitation in snapshot.Invitations)
        {
            if (string.IsNullOrEmpty(invitation.GraduateId) || invitation.LaneIndex < 0
                || line.Contains(invitation.GraduateId) || !line._invited.TryAdd(invitation.GraduateId, invitation))
            {
                throw new ArgumentException($"The snapshot's invitation of '{invitation.GraduateId}' is inconsistent.", nameof(snapshot));
            }
        }

        foreach (var (id, count) in snapshot.ExpiryCounts)
        {
            if (count < 0)
            {
                throw new ArgumentException($"The snapshot's expiry count of '{id}' is negative.", nameof(snapshot));
            }

            line._expiries.Add(id, count);
        }

        return line;
    }

    private bool TryAppendAll(IEnumerable<string> graduateIds)
    {
        foreach (var id in graduateIds)
        {
            if (string.IsNullOrEmpty(id) || _lanes.Contains(id))
            {
                return false;
            }

            _lanes.Append(id);
        }

        return true;
    }

    private bool RemoveFromLane(string graduateId, out bool priority, out int laneIndex)
    {
        if (!_lanes.Remove(graduateId, out var index))
        {
            (priority, laneIndex) = (false, -1);
            return false;
        }

        priority = index < _priorityCount;
        if (priority)
        {
            _priorityCount--;
            laneIndex = index;
        }
        else
        {
            laneIndex = index - _priorityCount;
        }

        return true;
    }

    // Before the regular graduate at lane index j: j regulars and the priority graduates served
    // before the (j+1)-th regular one, which is the allowance plus 2 per earlier regular.
    private int RegularPosition(int index) =>
        index + 1 + (int)Math.Min(_priorityCount, PriorityAllowance + ((long)PriorityPerRegular * index));

    // Before the priority graduate at lane index i: i priority graduates and one regular for
    // every 2 priority graduates beyond the allowance (rounded up), as long as regulars last.
    private int PriorityPosition(int index) =>
        index + 1 + (index < PriorityAllowance ? 0 : Math.Min(RegularCount, ((index - PriorityAllowance) / PriorityPerRegular) + 1));

    private static IEnumerable<string> Interleave(IEnumerable<string> priority, IEnumerable<string> regular, int priorityServedSinceRegular)
    {
        using var p = priority.GetEnumerator();
        using var r = regular.GetEnumerator();
        var hasPriority = p.MoveNext();
        var hasRegular = r.MoveNext();
        var served = priorityServedSinceRegular;
        while (hasPriority || hasRegular)
        {
            if (hasPriority && (!hasRegular || served < PriorityPerRegular))
            {
                yield return p.Current;
                served = Math.Min(served + 1, PriorityPerRegular);
                hasPriority = p.MoveNext();
            }
            else
            {
                yield return r.Current;
                served = 0;
                hasRegular = r.MoveNext();
            }
        }
    }
}
