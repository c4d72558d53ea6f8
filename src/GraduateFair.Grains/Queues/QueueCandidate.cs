namespace GraduateFair.Grains.Queues;

/// <summary>A graduate entering a queue.</summary>
/// <param name="Entry">What the booth's employers see of the graduate.</param>
/// <param name="PriorityLane">
/// Whether the graduate waits in the priority lane. Derived from consented sensitive groups:
/// it stays inside the queue and never reaches an employer-facing answer, event or log.
/// </param>
public sealed record QueueCandidate(EmployerQueueEntry Entry, bool PriorityLane);
