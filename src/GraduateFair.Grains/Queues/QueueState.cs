using System.Text.Json.Serialization;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Grains.Queues;

public sealed class QueueState
{
    public QueueSetup? Setup { get; set; }

    public FairStatus FairStatus { get; set; }

    public bool Paused { get; set; }

    /// <summary>The waiting line; stored through <see cref="LineSnapshot"/>.</summary>
    [JsonIgnore]
    public WaitingLine Line { get; private set; } = new();

    public WaitingLineSnapshot LineSnapshot
    {
        get => Line.ToSnapshot();
        set => Line = WaitingLine.Restore(value);
    }

    /// <summary>The employer-facing entry of everyone waiting or invited.</summary>
    public Dictionary<string, EmployerQueueEntry> Entries { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, OpenInvitation> Invitations { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, RunningRoom> Rooms { get; set; } = new(StringComparer.Ordinal);

    public InterviewLengthWindow Lengths { get; set; } = InterviewLengthWindow.Empty;

    /// <summary>Graduates interviewed at this booth (an employer may still read their resume).</summary>
    public HashSet<string> Interviewed { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every graduate who ever joined this queue (the report counts them across booths).</summary>
    public HashSet<string> Queued { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Graduates waiting for their first invitation since joining: when they joined and in which lane.</summary>
    public Dictionary<string, JoinMark> JoinMarks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>One wait per join that reached an invitation.</summary>
    public List<RecordedWait> Waits { get; set; } = [];

    public int InterviewsStarted { get; set; }

    public int Offers { get; set; }
}
