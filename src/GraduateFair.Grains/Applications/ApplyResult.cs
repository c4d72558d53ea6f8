namespace GraduateFair.Grains.Applications;

/// <param name="Created">False when the graduate had applied to this job before (the earlier application is returned).</param>
public sealed record ApplyResult(JobApplication Application, bool Created);
