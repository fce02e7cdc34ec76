using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Publication.Queries.GetPublicPage;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Publication.Commands.SetCuratorContact;

/// <summary>
/// Records the curator's agreement to publish a work contact on the programme's public page (with today's date), or
/// its withdrawal: without an agreement the page shows the organisation's contact.
/// </summary>
/// <param name="Publish">True: the curator agrees to publish the contact below; false: the agreement is withdrawn.</param>
/// <param name="Name">The name to show; the curator's name in the team when omitted.</param>
/// <param name="WorkEmail">Work e-mail; the e-mail or the phone is required to publish.</param>
/// <param name="WorkPhone">Work phone.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SetCuratorContactCommand(bool? Publish, string? Name, string? WorkEmail, string? WorkPhone) : IRequest<ProgrammePublicPageDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class SetCuratorContactHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<SetCuratorContactCommand, ProgrammePublicPageDto>
{
    public async Task<ProgrammePublicPageDto> Handle(SetCuratorContactCommand request, CancellationToken cancellationToken)
    {
        var page = await db.PublicPageToChangeAsync(request.ProgrammeId, cancellationToken);
        if (request.Publish == true)
        {
            var curator = await db.TeamMembers.SingleOrDefaultAsync(m => m.ProgrammeId == request.ProgrammeId && m.Role == TeamRole.Curator, cancellationToken);
            page.AgreeCuratorContact(curator, request.Name, request.WorkEmail, request.WorkPhone, time.GetUtcNow());
        }
        else
        {
            page.WithdrawCuratorContact(time.GetUtcNow());
        }

        return await db.SavedAsync(mapper, page, cancellationToken);
    }
}
