namespace GraduateFair.Domain.Graduates;

/// <summary>The 14 national discipline categories (学科门类).</summary>
public enum Discipline
{
    Philosophy,
    Economics,
    Law,
    Education,
    Literature,
    History,
    Science,
    Engineering,
    Agriculture,
    Medicine,
    Military,
    Management,
    Art,
    Interdisciplinary,
}
