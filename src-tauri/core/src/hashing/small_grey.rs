//! The small grey copy of a picture that pHash and dHash look at.
//!
//! Both hashes shrink the picture to 16x16 (pHash) or 9x8 (dHash) with a
//! Lanczos filter, which on a whole photo costs more than the JPEG decode.
//! Averaging it down to 64x64 first makes that step cheap and changes the
//! hashes by at most a bit or two. For a JPEG's own luma channel (the fast
//! path) the average is done here in one vectorised pass; other pictures go
//! through `image`'s area-averaging thumbnail.

use image::imageops::thumbnail;
use image::{DynamicImage, GrayImage};

/// Side of the small copy.
pub const SIDE: u32 = 64;

/// A 64x64 copy of `pixels` (grey for grey pictures, else RGB), each pixel
/// the mean of the cell of the picture it covers.
pub fn small_copy(pixels: &DynamicImage) -> DynamicImage {
    match pixels {
        DynamicImage::ImageLuma8(grey) if grey.width() >= SIDE && grey.height() >= SIDE => {
            DynamicImage::ImageLuma8(cell_means(grey))
        }
        DynamicImage::ImageLuma8(grey) => DynamicImage::ImageLuma8(thumbnail(grey, SIDE, SIDE)),
        DynamicImage::ImageRgb8(rgb) => DynamicImage::ImageRgb8(thumbnail(rgb, SIDE, SIDE)),
        other => DynamicImage::ImageRgb8(thumbnail(&other.to_rgb8(), SIDE, SIDE)),
    }
}

/// Mean of each of 64x64 cells of a grey image at least 64 px on each side:
/// cell `(j, i)` covers columns `j*w/64 .. (j+1)*w/64` and the same for rows.
/// Column sums over a band of rows are added first (contiguous, so the CPU
/// adds many pixels at once), then each band is cut into its 64 cells.
fn cell_means(grey: &GrayImage) -> GrayImage {
    let (w, h) = (grey.width() as usize, grey.height() as usize);
    let side = SIDE as usize;
    let edge = |k: usize, len: usize| k * len / side;
    let raw = grey.as_raw();
    let mut out = GrayImage::new(SIDE, SIDE);
    let mut column_sums = vec![0u32; w];
    for i in 0..side {
        let (top, bottom) = (edge(i, h), edge(i + 1, h));
        column_sums.fill(0);
        for row in raw[top * w..bottom * w].chunks_exact(w) {
            for (sum, &v) in column_sums.iter_mut().zip(row) {
                *sum += u32::from(v);
            }
        }
        let rows = (bottom - top) as u32;
        for j in 0..side {
            let (left, right) = (edge(j, w), edge(j + 1, w));
            let total: u32 = column_sums[left..right].iter().sum();
            let count = rows * (right - left) as u32;
            let mean = (total + count / 2) / count;
            out.put_pixel(j as u32, i as u32, image::Luma([mean as u8]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cell_is_the_mean_of_its_pixels() {
        // 130 x 70: cells of 2-3 columns and 1-2 rows.
        let grey = GrayImage::from_fn(130, 70, |x, y| {
            image::Luma([((x * 7 + y * 13) % 256) as u8])
        });
        let small = cell_means(&grey);
        let (j, i) = (20u32, 33u32);
        let (x0, x1) = (j * 130 / 64, (j + 1) * 130 / 64);
        let (y0, y1) = (i * 70 / 64, (i + 1) * 70 / 64);
        let mut total = 0u32;
        for y in y0..y1 {
            for x in x0..x1 {
                total += u32::from(grey.get_pixel(x, y)[0]);
            }
        }
        let n = (x1 - x0) * (y1 - y0);
        assert_eq!(u32::from(small.get_pixel(j, i)[0]), (total + n / 2) / n);
    }

    #[test]
    fn a_flat_picture_stays_flat_and_small_pictures_are_handled() {
        let flat = DynamicImage::ImageLuma8(GrayImage::from_pixel(1000, 750, image::Luma([77])));
        let small = small_copy(&flat);
        assert_eq!((small.width(), small.height()), (SIDE, SIDE));
        assert!(small.as_luma8().unwrap().pixels().all(|p| p[0] == 77));
        let tiny = DynamicImage::ImageLuma8(GrayImage::from_pixel(20, 300, image::Luma([9])));
        let small = small_copy(&tiny);
        assert_eq!((small.width(), small.height()), (SIDE, SIDE));
        assert!(small.as_luma8().unwrap().pixels().all(|p| p[0] == 9));
    }
}
