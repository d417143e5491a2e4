import { assertImageFiles } from '../../uploads/image-only';

// Every way a file enters the media library (the admin's upload and replace, the content
// API's /api/upload) goes through the upload service: pictures only, checked by content.
// "Upload from URL" makes the CMS fetch addresses staff type in; Strapi 5 fetches them on the
// server and checks only the first address, not redirects nor every private range
// (0.0.0.0 reached the CMS itself). It is switched off; the admin shows this message.
export const URL_UPLOAD_OFF = 'Uploading from a web address is switched off on this CMS. Download the picture to your computer, then upload the file.';

export default (plugin: any) => {
  const createUploadService = plugin.services.upload;
  plugin.services.upload = (context: any) => {
    const service = createUploadService(context);
    return {
      ...service,
      async upload(input: { data: unknown; files: any }, opts?: unknown) {
        await assertImageFiles(input.files);
        return service.upload(input, opts);
      },
      async replace(id: unknown, input: { data: unknown; file: any }, opts?: unknown) {
        await assertImageFiles(input.file);
        return service.replace(id, input, opts);
      },
    };
  };
  plugin.controllers['admin-upload'].uploadFromUrls = async (ctx: any) => ctx.forbidden(URL_UPLOAD_OFF);
  return plugin;
};
