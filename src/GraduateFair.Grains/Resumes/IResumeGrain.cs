using GraduateFair.Runtime;

namespace GraduateFair.Grains.Resumes;

/// <summary>
/// A graduate's resume record and its access log, keyed by the graduate's user id. The PDF itself
/// is a blob written before <see cref="ReplaceAsync"/> records it, so a failed upload leaves the
/// previous resume in place. Employers' reads are recorded before they are served.
/// </summary>
public interface IResumeGrain : IGrainWithStringKey
{
    /// <summary>The current resume, or null when the graduate has uploaded none.</summary>
    Task<ResumeFile?> GetAsync();

    /// <summary>Makes <paramref name="file"/> (whose blob is written) the current one; returns the one it replaced.</summary>
    Task<ResumeFile?> ReplaceAsync(ResumeFile file);

    /// <summary>
    /// Records that <paramref name="viewer"/> reads the current resume and returns it; null (and
    /// nothing recorded) when there is none. The caller has checked that the viewer may.
    /// </summary>
    Task<ResumeFile?> RecordAccessAsync(ResumeViewer viewer);

    /// <summary>Employers' accesses, newest first.</summary>
    Task<IReadOnlyList<ResumeAccess>> GetAccessLogAsync();
}
