using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;

namespace Mentorship.Application.Roadmaps.Commands.ReturnRoadmap;

/// <summary>The reviewer sends a submitted roadmap back for changes (на доработку), saying why.</summary>
/// <param name="Comment">What to change (required), up to 4000 characters; shown on the roadmap until it is approved.</param>
[Authorize(Roles = Roles.Coordinators)]
public sealed record ReturnRoadmapCommand(string? Comment) : IRequest<RoadmapDto>, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class ReturnRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<ReturnRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(ReturnRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.ReviewableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.Return(RoadmapReads.Today(time), request.Comment!);
        return await RoadmapAudit.SaveTransitionAsync(db, user, mapper, time, roadmap, RoadmapAudit.Returned, cancellationToken, roadmap.ReturnComment);
    }
}
