using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Regions.Commands.CreateRegion;

/// <summary>The fields a caller sets on a region; create and update share them.</summary>
public interface IRegionFields
{
    string? Code { get; }

    string? Name { get; }

    int? PupilAgeFrom { get; }

    int? PupilAgeTo { get; }

    /// <summary>The region's IANA time zone, e.g. "Asia/Irkutsk"; a new region without one is "Europe/Moscow".</summary>
    string? TimeZone { get; }
}

/// <summary>A new region (субъект РФ) with its pupil age band, the band of the pupil coverage indicator.</summary>
/// <param name="Code">
/// Region code (код субъекта РФ): two digits, not "00", such as "38" for Irkutsk Oblast; unique.
/// </param>
/// <param name="Name">Region name, such as "Иркутская область"; up to 200 characters.</param>
/// <param name="PupilAgeFrom">
/// Lower bound of the pupil age band in full years on 1 September (5–18); 10 when omitted.
/// </param>
/// <param name="PupilAgeTo">
/// Upper bound of the pupil age band, inclusive (10–21, not below the lower bound); 18 when omitted. Some regions use
/// 11–18.
/// </param>
/// <param name="TimeZone">
/// The region's IANA time zone (часовой пояс), such as "Asia/Irkutsk"; exports show local times in it. "Europe/Moscow"
/// when omitted; an unknown zone is refused.
/// </param>
[Authorize(Roles = Roles.Administrator)]
public sealed record CreateRegionCommand(string? Code, string? Name, int? PupilAgeFrom, int? PupilAgeTo, string? TimeZone = null) : IRequest<RegionDto>, IRegionFields;

internal sealed class CreateRegionHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<CreateRegionCommand, RegionDto>
{
    public async Task<RegionDto> Handle(CreateRegionCommand request, CancellationToken cancellationToken)
    {
        await RegionReads.EnsureCodeIsFreeAsync(db, request.Code!, null, cancellationToken);
        var region = new Region(request.Code!, request.Name!);
        region.SetPupilAgeBand(request.PupilAgeFrom ?? Region.DefaultPupilAgeFrom, request.PupilAgeTo ?? Region.DefaultPupilAgeTo);
        region.SetTimeZone(request.TimeZone ?? Region.DefaultTimeZone);
        db.Regions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<RegionDto>(region);
    }
}
