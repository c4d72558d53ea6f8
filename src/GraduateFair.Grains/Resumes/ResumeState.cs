namespace GraduateFair.Grains.Resumes;

public sealed class ResumeState
{
    public ResumeFile? Current { get; set; }

    /// <summary>Employers' accesses, oldest first, at most <see cref="ResumeGrain.MaxAccessLogEntries"/>.</summary>
    public List<ResumeAccess> Accesses { get; set; } = [];
}
