using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Reference;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

public sealed record GetPublicProgrammeQuery(Guid Id) : IRequest<PublicProgrammeDto>;

internal sealed class GetPublicProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPublicProgrammeQuery, PublicProgrammeDto>
{
    public async Task<PublicProgrammeDto> Handle(GetPublicProgrammeQuery request, CancellationToken cancellationToken)
    {
        // An unpublished programme is not found: the public side does not learn that it exists.
        var programme = await db.PublishedProgrammes().Where(p => p.Id == request.Id)
                            .ProjectTo<PublicProgrammeDto>(mapper.ConfigurationProvider)
                            .SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException(nameof(Programme), request.Id);
        var page = await db.ProgrammePublicPages.IgnoreQueryFilters().AsNoTracking().Where(p => p.ProgrammeId == request.Id)
            .Select(p => new
            {
                p.ParentsText,
                p.PupilsText,
                p.LastModified,

                // The agreement holds for the curator who gave it: a curator appointed since has agreed to nothing.
                CuratorContact = p.CuratorContactPublished
                                 && db.TeamMembers.Any(m => m.ProgrammeId == p.ProgrammeId && m.Role == TeamRole.Curator && m.Id == p.CuratorMemberId)
                    ? new PublicProgrammeContactDto { Source = PublicContactSource.Curator, Name = p.CuratorContactName!, Email = p.CuratorWorkEmail, Phone = p.CuratorWorkPhone }
                    : null,
            })
            .SingleOrDefaultAsync(cancellationToken);
        var organization = programme.Organization.OrganizationContacts;
        return programme with
        {
            ParentsText = page?.ParentsText,
            PupilsText = page?.PupilsText,
            Contact = page?.CuratorContact ?? new PublicProgrammeContactDto
            {
                Source = PublicContactSource.Organization, Name = programme.Organization.Name, Email = organization.Email, Phone = organization.Phone, Website = organization.Website,
            },
            LastModified = page is not null && page.LastModified > programme.LastModified ? page.LastModified : programme.LastModified,
            StageTitle = ReferenceTitles.Of(programme.Stage),
            Forms = programme.Forms.Select(f => f with { Title = ReferenceTitles.Of(f.Code) }).ToList(),
            Formats = programme.Formats.Select(f => f with { Title = ReferenceTitles.Of(f.Code) }).ToList(),
        };
    }
}
