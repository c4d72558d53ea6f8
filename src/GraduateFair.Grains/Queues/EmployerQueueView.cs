namespace GraduateFair.Grains.Queues;

/// <summary>The live queue as a booth's employer sees it: serving order, nothing that reveals a lane or a group.</summary>
/// <param name="Current">The calling employer's open invitation or running interview, if any.</param>
public sealed record EmployerQueueView(string BoothId, bool Paused, IReadOnlyList<EmployerQueueEntry> Waiting, EmployerCurrent? Current);
