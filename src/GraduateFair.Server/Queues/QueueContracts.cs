using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Queues;

namespace GraduateFair.Server.Queues;

public sealed record QueuePlaceResponse(string BoothId, int Position, int EtaSeconds, string EtaText)
{
    public static QueuePlaceResponse From(QueuePlace place) => new(place.BoothId, place.Position, place.EtaSeconds, place.EtaText);
}

/// <summary>A waiting graduate as the booth's employers see them: never a priority group or lane.</summary>
public sealed record WaitingGraduateResponse(string GraduateId, string DisplayName, string? University, Discipline? Discipline, Degree? Degree, int? GraduationYear, IReadOnlyList<Accommodation> Accommodations)
{
    public static WaitingGraduateResponse From(EmployerQueueEntry entry) =>
        new(entry.GraduateId, entry.DisplayName, entry.University, entry.Discipline, entry.Degree, entry.GraduationYear, entry.Accommodations);
}

public sealed record EmployerQueueResponse(string BoothId, bool Paused, IReadOnlyList<WaitingGraduateResponse> Waiting, EmployerCurrentResponse? Current);

public sealed record EmployerCurrentResponse(string? InvitationId, string? RoomId, string GraduateId, string DisplayName, DateTimeOffset? ExpiresAt);

public sealed record CallNextResponse(string InvitationId, string GraduateId, DateTimeOffset ExpiresAt);

/// <summary>One queue in GET /api/me/queues.</summary>
public sealed record MyQueueResponse(string BoothId, string FairId, string CompanyName, string BoothTitle, int Position, int EtaSeconds, string EtaText);
