"""The desktop window and tray (PySide6 on the qasync loop); talks to the rest only through AppServices."""
