using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Matching;
using GraduateFair.Grains.Graduates;

namespace GraduateFair.Grains.Cases;

/// <summary>
/// What the ledger's index keeps of one graduate's case: the profile fields organisers filter and
/// matching needs, whether the graduate consented to a priority group (organisers only, never
/// employers), and the case itself without free-text notes. The graduate grain holds the full
/// case; this copy is rebuilt from it after every change.
/// </summary>
/// <param name="Version">The graduate grain's event count when the summary was made: a shard keeps the newest.</param>
public sealed record CaseSummary(
    string GraduateId,
    string FullName,
    string University,
    string City,
    Discipline Discipline,
    Degree Degree,
    int GraduationYear,
    bool InPriorityGroup,
    GraduateCase Case,
    long Version)
{
    public MatchProfile ToMatchProfile() => new(GraduateId, Discipline, Degree, City, InPriorityGroup);

    public static CaseSummary From(string graduateId, GraduateProfile profile, PriorityInfo priority, GraduateCase graduateCase, long version)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(priority);
        ArgumentNullException.ThrowIfNull(graduateCase);
        var withoutNotes = graduateCase with
        {
            History = [.. graduateCase.History.Select(c => c.Note is null ? c : c with { Note = null })],
            Services = [.. graduateCase.Services.Select(s => s.Note is null ? s : s with { Note = null })],
        };
        return new CaseSummary(graduateId, profile.FullName, profile.University, profile.City, profile.Discipline, profile.Degree, profile.GraduationYear, priority.Groups.Count > 0, withoutNotes, version);
    }
}
