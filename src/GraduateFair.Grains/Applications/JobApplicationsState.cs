namespace GraduateFair.Grains.Applications;

public sealed class JobApplicationsState
{
    /// <summary>In the order received.</summary>
    public List<JobApplication> Applications { get; set; } = [];
}
