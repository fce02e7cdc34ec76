using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Publication.Queries.GetPublicPage;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Publication.Commands.SetPublicPage;

/// <summary>Sets what the programme's public page tells parents and, optionally, pupils.</summary>
/// <param name="ParentsText">The programme described for parents, up to 4000 characters; empty removes it.</param>
/// <param name="PupilsText">The programme described for pupils, up to 4000 characters; optional.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SetPublicPageCommand(string? ParentsText, string? PupilsText) : IRequest<ProgrammePublicPageDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class SetPublicPageHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<SetPublicPageCommand, ProgrammePublicPageDto>
{
    public async Task<ProgrammePublicPageDto> Handle(SetPublicPageCommand request, CancellationToken cancellationToken)
    {
        var page = await db.PublicPageToChangeAsync(request.ProgrammeId, cancellationToken);
        page.SetTexts(request.ParentsText, request.PupilsText);
        return await db.SavedAsync(mapper, page, cancellationToken);
    }
}
