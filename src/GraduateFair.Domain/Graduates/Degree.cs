namespace GraduateFair.Domain.Graduates;

/// <summary>The highest degree a graduate holds or a job asks for.</summary>
public enum Degree
{
    Associate,
    Bachelor,
    Master,
    Doctor,
}
