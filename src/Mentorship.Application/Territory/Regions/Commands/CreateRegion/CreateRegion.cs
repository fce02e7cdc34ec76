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
