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
}
