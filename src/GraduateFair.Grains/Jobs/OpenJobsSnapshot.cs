namespace GraduateFair.Grains.Jobs;

/// <summary>Every open job at one moment; <paramref name="Version"/> grows with every change, so a snapshot can be cached by it.</summary>
public sealed record OpenJobsSnapshot(long Version, IReadOnlyList<OpenJobEntry> Jobs);
